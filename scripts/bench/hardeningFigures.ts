/**
 * The hardening figures (issue 19), all on loopback, against the built bin
 * and UDF of a checkout (this one, or the one given as the first argument):
 * 1. GET /healthz latency while a runaway crash is being signed;
 * 2. resident memory of `siglab serve` (threads included) after 300 crashes
 *    with distinct 1 MB function names;
 * 3. time for one 34 MB line through POST /signatures (sent in 64 KB writes);
 * 4. the BigQuery UDF's time for a row with a 90 KB (and a 45 KB) frame, in a
 *    bare node:vm context.
 * Run: `npx tsx scripts/bench/hardeningFigures.ts [checkout] [--only 1,2,3,4]`
 * (`npm run build:node` and `npm run build:udf` first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { REPO_ROOT } from '../../src/testing/loadStockSiglists.ts';
import { listsWithRunaway, RUNAWAY_NAME } from '../../src/testing/listsWithRunaway.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? null : new Set((args[onlyAt + 1] ?? '').split(','));
const root = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== onlyAt + 1) ?? REPO_ROOT);
const wanted = (figure: string) => only === null || only.has(figure);

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const largest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const crashWith = (fn: string) => JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: fn }, { function: 'main' }] }] });
const sleep = (time: number) => new Promise((done) => setTimeout(done, time));

async function startServe(extra: readonly string[]): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'siglab.cjs'), 'serve', '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((found, fail) => {
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (listening?.[1]) found(listening[1]);
    });
    child.on('exit', () => fail(new Error(`siglab serve exited: ${output}`)));
  });
  return { base, child };
}

/** VmRSS of a process (all its threads), in MB. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

async function healthzMs(base: string): Promise<number> {
  const start = performance.now();
  await (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(60_000) })).text();
  return performance.now() - start;
}

console.log(`hardening figures — ${root}, node ${process.version}, ${new Date().toISOString()}`);

if (wanted('1')) {
  const { dir } = listsWithRunaway();
  const { base, child } = await startServe(['--siglists', dir]);
  const quiet: number[] = [];
  for (let i = 0; i < 20; i++) quiet.push(await healthzMs(base));
  const start = performance.now();
  const runaway = fetch(`${base}/signature`, { method: 'POST', body: crashWith(RUNAWAY_NAME) }).then((response) => response.json() as Promise<{ error?: string }>);
  let answered: { error?: string } | null = null;
  void runaway.then((body) => (answered = body));
  const during: number[] = [];
  while (answered === null && performance.now() - start < 60_000) {
    during.push(await healthzMs(base));
    await sleep(100);
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`1. /healthz quiet: median ${ms(median(quiet))}, max ${ms(largest(quiet))}`);
  console.log(`   /healthz while a runaway crash was signed and its line searched for (${seconds.toFixed(1)} s, ${during.length} requests): median ${ms(median(during))}, max ${ms(largest(during))}`);
  console.log(`   the runaway request's answer: ${JSON.stringify(answered)}`);
  child.kill();
}

if (wanted('2')) {
  const { base, child } = await startServe([]);
  const pid = child.pid as number;
  const before = rssMb(pid);
  const start = performance.now();
  for (let i = 0; i < 300; i++) {
    const name = `${String(i).padStart(3, '0')}${'nsFoo::Bar'.repeat(100_000)}`;
    const response = await fetch(`${base}/signature`, { method: 'POST', body: crashWith(name) });
    await response.arrayBuffer();
  }
  console.log(`2. RSS of siglab serve: ${before.toFixed(0)} MB at start, ${rssMb(pid).toFixed(0)} MB after 300 crashes with distinct 1 MB function names (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  child.kill();
}

if (wanted('3')) {
  const { base, child } = await startServe(['--max-body-bytes', String(64 << 20)]);
  const body = Buffer.from(`${JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar(int)' }] }], padding: 'p'.repeat(34_000_000) })}\n`);
  const start = performance.now();
  const answer = await new Promise<string>((done, fail) => {
    const outgoing = request(`${base}/signatures`, { method: 'POST' }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(text));
    });
    outgoing.on('error', fail);
    let offset = 0;
    const more = () => {
      while (offset < body.length) {
        const piece = body.subarray(offset, (offset += 64 * 1024));
        if (!outgoing.write(piece)) return void outgoing.once('drain', more);
      }
      outgoing.end();
    };
    more();
  });
  console.log(`3. one ${(body.length / 1e6).toFixed(1)} MB line through POST /signatures: ${((performance.now() - start) / 1000).toFixed(2)} s → ${answer.slice(0, 60)}…`);
  child.kill();
}

if (wanted('4')) {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(root, 'dist-udf', 'siglab-udf.js'), 'utf8'), context);
  const sign = vm.runInContext('siglabSignature', context) as (json: string) => string;
  sign(crashWith('warm::Up'));
  for (const kilobytes of [45, 90]) {
    const name = 'framework'.repeat((kilobytes * 1000) / 9);
    const times: number[] = [];
    for (let round = 0; round < 7; round++) {
      const row = crashWith(`${name}${round}`); // a new name each round: no memo helps
      const start = performance.now();
      sign(row);
      times.push(performance.now() - start);
    }
    console.log(`4. UDF, one row with a ${kilobytes} KB frame: median ${ms(median(times))}, max ${ms(largest(times))} (7 rows)`);
  }
}
process.exit(0);
