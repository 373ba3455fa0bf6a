import { describe, expect, it } from 'vitest';
import { findDuplicateLines } from './findDuplicateLines.ts';

describe('findDuplicateLines', () => {
  it('names each repeat of a pattern and the line it repeats, as the engine reads lines', () => {
    expect(findDuplicateLines('# a comment\nfoo\nbar\n  foo  \n\n# a comment\nbar\nbaz\n')).toEqual([
      { line: 4, first: 2 },
      { line: 7, first: 3 },
    ]);
    expect(findDuplicateLines('foo\nfoo.*\n')).toEqual([]);
  });
});
