import { describe, expect, it } from 'vitest';
import { readLines } from './readLines.ts';

const linesOf = async (blob: Blob) => {
  const seen: [number, string][] = [];
  const count = await readLines(blob, (line, n) => seen.push([n, line]));
  return { seen, count };
};

describe('readLines', () => {
  it('numbers every line, blank ones too; a final newline starts no line', async () => {
    expect(await linesOf(new Blob(['a\n\nb\n']))).toEqual({ seen: [[1, 'a'], [2, ''], [3, 'b']], count: 3 });
    expect(await linesOf(new Blob(['a\nb']))).toEqual({ seen: [[1, 'a'], [2, 'b']], count: 2 });
    expect(await linesOf(new Blob(['']))).toEqual({ seen: [], count: 0 });
  });

  it('drops a BOM at the start of the file only', async () => {
    expect((await linesOf(new Blob(['\ufeffa\n\ufeffb']))).seen).toEqual([[1, 'a'], [2, '\ufeffb']]);
  });

  it('keeps multi-byte characters whole across chunk boundaries', async () => {
    const text = `${'é'.repeat(70_000)}\n✓`;
    expect((await linesOf(new Blob([text]))).seen).toEqual([[1, 'é'.repeat(70_000)], [2, '✓']]);
  });
});
