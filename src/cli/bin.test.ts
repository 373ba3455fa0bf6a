import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../testing/loadStockSiglists.ts';
import { STOCK_SIGLIST_DIR } from './loadSiglistDir.ts';

const BIN = join(REPO_ROOT, 'scripts', 'siglab.cjs');

/** The installed `siglab` bin: built JavaScript (`npm run build:node`), stdin through a real pipe. */
function siglab(args: string[], input = '') {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the siglab bin', () => {
  it('runs prebuilt JavaScript, with no TypeScript loader', () => {
    expect(existsSync(join(REPO_ROOT, 'dist-node', 'cli-bundle', 'main.cjs'))).toBe(true);
    // The stock lists' regex translations the build keeps for a fast start (bundledTranslations.ts).
    expect(existsSync(join(REPO_ROOT, 'dist-node', 'cli-bundle', 'siglist-translations.json'))).toBe(true);
    const { code, stdout } = siglab(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: siglab <command>');
  });

  it('reads megabytes of JSON lines from a pipe, multi-byte characters across read boundaries included', () => {
    // Each line about 2 KB of mostly 3-byte characters, so the 1 MiB reads split characters and lines.
    const filler = '漢'.repeat(600);
    const lines = Array.from({ length: 1500 }, (_, index) =>
      JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: `f${index}_${filler}` }] }] }),
    );
    const input = `${lines.join('\r\n')}\n`;
    expect(Buffer.byteLength(input)).toBeGreaterThan(2 << 20);
    const { code, stdout } = siglab(['signify', '--jsonl'], input);
    expect(code).toBe(0);
    const frames = stdout.trim().split('\n').map((line) => (JSON.parse(line) as { extra: { normalized_frames: string[] } }).extra.normalized_frames[0]);
    expect(frames).toHaveLength(1500);
    // Normalised frames keep non-ASCII text (the signature drops it), so decoding errors would show here.
    expect(frames.every((frame, index) => frame === `f${index}_${filler}`)).toBe(true);
  });

  it('stops a runaway regex on one crash, signed on its main thread with regex tier-up off, and names the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siglab-bin-lists-'));
    cpSync(STOCK_SIGLIST_DIR, dir, { recursive: true });
    appendFileSync(join(dir, 'irrelevant_signature_re.txt'), '\n(a+)+$\n');
    const crash = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: `${'a'.repeat(34)}b` }] }] });
    const { code, stdout, stderr } = siglab(['signify', '--watchdog', '1', '--siglists', dir], crash);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('siglab: the input crash: signing took longer than 1 s and was stopped');
    expect(stderr).toMatch(/irrelevant_signature_re\.txt:\d+: this line backtracks catastrophically on this crash: \(a\+\)\+\$/);
  }, 60_000);

  it('stops at once, with exit status 1, when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, [BIN, 'signify', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `siglab signify --jsonl | head -1`: the reader leaves after the first output.
    child.stdout.once('data', () => child.stdout.destroy());
    const line = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar' }] }] });
    // The child stops before reading all of its input: writing the rest fails, as expected.
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${Array.from({ length: 20_000 }, () => line).join('\n')}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('EPIPE');
    expect(stderr).not.toContain('SigningTimeoutError');
  }, 8_000);
});
