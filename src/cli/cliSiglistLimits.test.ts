import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const CRASH = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar' }] }] });

function listsWith(irrelevant: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'siglab-lists-'));
  for (const file of ['prefix_signature_re.txt', 'signature_sentinels.txt', 'signatures_with_line_numbers_re.txt']) writeFileSync(join(dir, file), '(?!)\n');
  writeFileSync(join(dir, 'irrelevant_signature_re.txt'), irrelevant);
  return dir;
}

async function signify(dir: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['signify', '--siglists', dir], {
    stdin: Object.assign((async function* () {
      yield CRASH;
    })(), { isTTY: false }),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('siglab signify with oversized siglists', () => {
  it('a 40 KB line: exit 2 and file:line, not a blank signature and exit 0', async () => {
    const { code, stdout, stderr } = await signify(listsWith(`ok\n${'a'.repeat(40_000)}\n`));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`irrelevant_signature_re.txt:2: the line is 40,000 characters long; at most 4,096 are allowed: ${'a'.repeat(120)}…\n`);
  });

  it('~32k lines: exit 2 and one short file:line message, not a megabyte of regex', async () => {
    const { code, stderr } = await signify(listsWith(Array.from({ length: 32_000 }, (_, i) => `frame${i}$`).join('\n')));
    expect(code).toBe(2);
    expect(stderr).toBe('irrelevant_signature_re.txt:5001: the list has more than 5,000 patterns: this line and the 26,999 after it are left out: frame5000$\n');
  });
});
