import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, EMPTY_SIGLIST_TEXTS } from '../../engine/index.ts';
import { insertSiglistLine } from './insertSiglistLine.ts';

// (An empty list matches every frame upstream, so the line-number list gets a line of its own.)
const texts = { ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': '# noise\nfoo\n', 'prefix_signature_re.txt': 'bar', 'signatures_with_line_numbers_re.txt': 'zzz\n' };

describe('insertSiglistLine', () => {
  it('appends an escaped regex line and tells where it went', () => {
    const frame = 'nsTArray<T>::operator[]';
    const result = insertSiglistLine(texts, 'irrelevant', frame);
    expect(result.file).toBe('irrelevant_signature_re.txt');
    expect(result.texts[result.file]).toBe('# noise\nfoo\nnsTArray<T>::operator\\[\\]\n');
    expect(result.line).toBe(3);
    // The line really makes that frame irrelevant.
    const generator = createGenerator(compileSiglists(result.texts));
    const crash = { crashing_thread: 0, threads: [{ frames: [{ function: frame }, { function: 'next' }] }] };
    expect(generator.generate(crash).signature).toBe('next');
  });

  it('keeps a file without a final newline intact, adds sentinels verbatim, and never duplicates', () => {
    const prefix = insertSiglistLine(texts, 'prefix', 'a(b)');
    expect(prefix.texts['prefix_signature_re.txt']).toBe('bar\na\\(b\\)\n');
    expect(prefix.line).toBe(2);
    const sentinel = insertSiglistLine(texts, 'sentinel', 'a(b)');
    expect(sentinel.texts['signature_sentinels.txt']).toBe('a(b)\n');
    expect(insertSiglistLine(prefix.texts, 'prefix', 'a(b)')).toEqual({ texts: prefix.texts, file: 'prefix_signature_re.txt', line: 2 });
  });
});
