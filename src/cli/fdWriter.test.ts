import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFdWriter } from './fdWriter.ts';

describe('createFdWriter', () => {
  it('writes every byte of each text, multi-byte characters included, in order', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'siglab-fd-')), 'out.txt');
    const fd = openSync(path, 'w');
    const writer = createFdWriter(fd);
    const big = `${'漢字 signature | '.repeat(200_000)}\n`;
    writer.write('first\n');
    writer.write(big);
    writer.write('');
    writer.write('last\n');
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`first\n${big}last\n`);
  });

  it('raises what the descriptor raises', () => {
    expect(() => createFdWriter(987_654).write('x')).toThrow(/EBADF/);
  });
});
