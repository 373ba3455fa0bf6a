/**
 * `npm run bench`: Siglab's speed, one run, figures side by side with the
 * Python reference (siggen) when SIGLAB_PY_REF points at its sources (see
 * scripts/bench/pythonReference.ts). Measures the built JavaScript
 * (dist-node/, `npm run build:node`), as the bin and the package ship it:
 * 1. in-process generate() on 17,000 crashes parsed from JSON (target ≥ 60,000/s);
 * 2. `siglab signify --jsonl --input processed` on 8,000 crashes as a whole process;
 * 3. `siglab signify` on one crash, wall time (target ≤ 100 ms);
 * 4. `siglab serve`: bounded loopback load test, single crashes, requests/s and p99.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/testing/loadStockSiglists.ts';
import { makeSyntheticCrashes } from './bench/makeSyntheticCrashes.ts';
import { loadTestServe } from './bench/loadTestServe.ts';
import { PY_REF_PATH, pythonJsonl, pythonSignify } from './bench/pythonReference.ts';

const SIGLIST_DIR = join(REPO_ROOT, 'public', 'siglists');
const BIN = join(REPO_ROOT, 'scripts', 'siglab.mjs');

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const format = (value: number, digits = 0) => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const row = (label: string, siglab: string, python: string, note = '') => console.log(`${label.padEnd(44)} ${siglab.padStart(16)} ${python.padStart(16)}  ${note}`);

function wallSeconds(args: string[], input: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return (performance.now() - start) / 1000;
}

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
  const { perSecond, best } = JSON.parse(run.stdout) as { perSecond: number; best: number };
  const pythonRate = python ? `${format(8000 / Number(/generate_seconds=([\d.]+)/.exec(python.stderr)?.[1]))}/s` : 'skipped';
  row('in-process generate (17,000 crashes)', `${format(perSecond)}/s`, pythonRate, `best ${format(best)}/s; target ≥ 60,000/s: ${perSecond >= 60_000 ? 'met' : 'NOT met'}`);
}

// 2. Whole process over 8,000 processed crashes.
{
  const siglab = median([0, 1, 2].map(() => wallSeconds([BIN, 'signify', '--jsonl', '--input', 'processed'], input8000)));
  let note = '';
  if (python) {
    const ours = spawnSync(process.execPath, [BIN, 'signify', '--jsonl', '--input', 'processed'], { input: input8000, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.trim().split('\n');
    const theirs = python.stdout.trim().split('\n');
    const same = ours.filter((line, index) => (JSON.parse(line) as { signature: string }).signature === (JSON.parse(theirs[index] ?? '{}') as { signature?: string }).signature).length;
    note = `${format(python.seconds / siglab, 1)}× faster (target ≥ 4×); same signature for ${format(same)} of 8,000`;
  }
  row('signify --jsonl --input processed (8,000)', `${format(siglab, 2)} s`, python ? `${format(python.seconds, 2)} s` : 'skipped', note);
}

// 3. One crash, whole process, against an empty `node` start as the floor.
{
  const one = lines[0] as string;
  const floor = median(Array.from({ length: 7 }, () => wallSeconds(['-e', ''], '')));
  const siglab = median(Array.from({ length: 7 }, () => wallSeconds([BIN, 'signify'], one)));
  let python = 'skipped';
  if (PY_REF_PATH) python = `${format(median(Array.from({ length: 5 }, () => pythonSignify(SIGLIST_DIR, one).seconds)) * 1000)} ms`;
  row('signify, one crash (wall)', `${format(siglab * 1000)} ms`, python, `target ≤ 100 ms; \`node -e ''\` alone: ${format(floor * 1000)} ms`);
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
