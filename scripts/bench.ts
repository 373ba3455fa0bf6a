/**
 * `npm run bench`: Siglab's speed, one run, figures side by side with the
 * Python reference (siggen) when SIGLAB_PY_REF points at its sources (see
 * scripts/bench/pythonReference.ts). Measures the built JavaScript
 * (dist-node/, `npm run build:node`), as the bin and the package ship it:
 * 1. in-process generate() on 17,000 crashes parsed from JSON (target ≥ 60,000/s);
 * 2. `siglab signify --jsonl --input processed` on 8,000 crashes as a whole process;
 * 3. `siglab signify` on one crash, wall time (target ≤ 100 ms);
 * 4. `siglab serve`: bounded loopback load test, single crashes, requests/s and p99;
 * 5. suggested edits for a 5,000-crash bucket among the 17,000 (target ≤ 1 s).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/loadStockSiglists.ts';
import { makeSyntheticCrashes } from './bench/makeSyntheticCrashes.ts';
import { loadTestServe } from './bench/loadTestServe.ts';
import { timed, type TimedRun } from './bench/timed.ts';
import { PY_REF_PATH, pythonJsonl, pythonSignify } from './bench/pythonReference.ts';

const SIGLIST_DIR = join(REPO_ROOT, 'public', 'siglists');
const BIN = join(REPO_ROOT, 'scripts', 'siglab.cjs');

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const format = (value: number, digits = 0) => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const row = (label: string, siglab: string, python: string, note = '') => console.log(`${label.padEnd(44)} ${siglab.padStart(16)} ${python.padStart(16)}  ${note}`);


const processed = makeSyntheticCrashes(17_000);
const lines = processed.map((crash) => JSON.stringify(crash));
const dir = mkdtempSync(join(tmpdir(), 'siglab-bench-'));
const all = join(dir, 'crashes-17000.jsonl');
writeFileSync(all, `${lines.join('\n')}\n`);
const input8000 = `${lines.slice(0, 8000).join('\n')}\n`;
writeFileSync(join(dir, 'crashes-8000.jsonl'), input8000);
console.log(`Siglab bench — node ${process.version}, ${new Date().toISOString()}; Python reference: ${PY_REF_PATH ? 'siggen from SIGLAB_PY_REF' : 'SKIPPED (set SIGLAB_PY_REF)'}`);
console.log(`inputs: ${dir}`);
row('', 'siglab', 'python (siggen)');

// The Python reference signs the 8,000 crashes once; its own timer gives the in-process rate.
const python = PY_REF_PATH ? pythonJsonl(SIGLIST_DIR, input8000) : null;

// 1. In-process, in a plain node (the built engine as the package ships it).
{
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bench', 'inProcess.mjs'), all, '7'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const { perSecond, best, perCpuSecond, resignPerSecond, floorPerSecond } = JSON.parse(run.stdout) as { perSecond: number; best: number; perCpuSecond: number; resignPerSecond: number; floorPerSecond: number };
  const pythonRate = python ? `${format(8000 / Number(/generate_seconds=([\d.]+)/.exec(python.stderr)?.[1]))}/s` : 'skipped';
  row('in-process generate (17,000 crashes)', `${format(perSecond)}/s`, pythonRate, `best ${format(best)}/s, ${format(perCpuSecond)} per CPU-second; target ≥ 60,000/s: ${perSecond >= 60_000 ? 'met' : 'NOT met'}`);
  row('  … re-sign after an irrelevant-list edit', `${format(resignPerSecond)}/s`, 'n/a', 'new generator over a warm frame cache (compile included)');
  row('  … floor: frame names read, memo, join', `${format(floorPerSecond)}/s`, 'n/a', 'no signing: what reading the frames alone allows (see inProcess.mjs)');
}

// 1b. Suggestions for a 5,000-crash bucket among the 17,000, as the worker makes them after a run.
{
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bench', 'suggestBench.mjs'), all, '5'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  const result = JSON.parse(run.stdout) as { bucket: number; crashes: number; suggestions: number; resigned: number; walkMs: number; firstMs: number; firstCpuMs: number; againMs: number };
  row(
    `suggestions, ${format(result.bucket)}-crash bucket of ${format(result.crashes)}`,
    `${format(result.firstMs)} ms`,
    'n/a',
    `bucket view + index + ${result.suggestions} previews (${format(result.resigned)} crashes re-signed), CPU ${format(result.firstCpuMs)} ms; target ≤ 1,000 ms: ${result.firstMs <= 1000 ? 'met' : 'NOT met'}`,
  );
  row('  … bucket view alone (walks, tree)', `${format(result.walkMs)} ms`, 'n/a', `then suggestions again with the index kept: ${format(result.againMs)} ms`);
}

// 2. Whole process over 8,000 processed crashes, beside a process that only reads and parses the
// same input (the floor any signify that parses everything stands on), runs alternating.
{
  const runs: TimedRun[] = [];
  const parseRuns: TimedRun[] = [];
  for (let run = 0; run < 5; run++) {
    runs.push(timed(process.execPath, [BIN, 'signify', '--jsonl', '--input', 'processed'], input8000));
    parseRuns.push(timed(process.execPath, [join(REPO_ROOT, 'scripts', 'bench', 'parseOnly.mjs')], input8000));
  }
  const siglab = median(runs.map((run) => run.wall));
  const siglabCpu = runs.some((run) => run.cpu === null) ? null : median(runs.map((run) => run.cpu as number));
  const parseWall = median(parseRuns.map((run) => run.wall));
  const parseCpu = parseRuns.some((run) => run.cpu === null) ? null : median(parseRuns.map((run) => run.cpu as number));
  // Ratios run by run (each pair ran back to back), then their median: steadier than a ratio of medians.
  const ratios = runs.map((run, index) => run.wall / (parseRuns[index] as TimedRun).wall);
  let note = `${format(median(ratios), 2)}× the read + JSON.parse process (runs: ${ratios.map((ratio) => format(ratio, 2)).join(', ')}); target ≤ 0.6×: ${median(ratios) <= 0.6 ? 'met' : 'NOT met'}`;
  if (python) {
    const ours = spawnSync(process.execPath, [BIN, 'signify', '--jsonl', '--input', 'processed'], { input: input8000, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.trim().split('\n');
    const theirs = python.stdout.trim().split('\n');
    const same = ours.filter((line, index) => (JSON.parse(line) as { signature: string }).signature === (JSON.parse(theirs[index] ?? '{}') as { signature?: string }).signature).length;
    note += `; ${format(python.wall / siglab, 1)}× faster than Python (target ≥ 4×); same signature for ${format(same)} of 8,000`;
  }
  row('signify --jsonl --input processed (8,000)', `${format(siglab, 2)} s`, python ? `${format(python.wall, 2)} s` : 'skipped', note);
  if (siglabCpu) row('  … CPU time (user + system)', `${format(siglabCpu, 2)} s`, python?.cpu ? `${format(python.cpu, 2)} s` : '', python?.cpu ? `${format(python.cpu / siglabCpu, 1)}× less CPU` : '');
  const parseNote = python
    ? `Python ÷ this: ${format(python.wall / parseWall, 1)}× wall${parseCpu && python.cpu ? `, ${format(python.cpu / parseCpu, 1)}× CPU` : ''}`
    : '';
  row('  … node reading + JSON.parse only', `${format(parseWall, 2)} s${parseCpu === null ? '' : `, CPU ${format(parseCpu, 2)} s`}`, '', parseNote);
}

// 3. One crash, whole process, against an empty `node` start as the floor.
{
  const one = lines[0] as string;
  const floorRuns = Array.from({ length: 7 }, () => timed(process.execPath, ['-e', ''], ''));
  const runs = Array.from({ length: 7 }, () => timed(process.execPath, [BIN, 'signify'], one));
  const ms = (values: readonly (number | null)[]) => (values.includes(null) ? '?' : `${format(median(values as number[]) * 1000)} ms`);
  let python = 'skipped';
  let pythonCpu = '';
  if (PY_REF_PATH) {
    const pythonRuns = Array.from({ length: 5 }, () => pythonSignify(SIGLIST_DIR, one));
    python = ms(pythonRuns.map((run) => run.wall));
    pythonCpu = ms(pythonRuns.map((run) => run.cpu));
  }
  row('signify, one crash (wall)', ms(runs.map((run) => run.wall)), python, `target ≤ 100 ms; \`node -e ''\` alone: ${ms(floorRuns.map((run) => run.wall))}`);
  row('  … CPU time (user + system)', ms(runs.map((run) => run.cpu)), pythonCpu || 'skipped', `\`node -e ''\` alone: ${ms(floorRuns.map((run) => run.cpu))}`);
}

// 4. The HTTP service under a bounded loopback load.
{
  const result = await loadTestServe(REPO_ROOT, lines.slice(0, 1000), 4000, 8);
  row(
    `serve: POST /signature (${format(result.requests)} req, ${result.concurrency} conn)`,
    `${format(result.perSecond)} req/s`,
    'n/a',
    `p50 ${format(result.p50Ms, 1)} ms, p99 ${format(result.p99Ms, 1)} ms`,
  );
}
