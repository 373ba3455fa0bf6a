import { describe, expect, it } from 'vitest';

describe('findSuspectLines', () => {
  it('names the lines the stock lists lack', async () => {
    const { findSuspectLines } = await import('./findSuspectLines.ts');
    const { EMPTY_SIGLIST_TEXTS } = await import('../../engine/siglists/compileSiglists.ts');
    const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'a\nb\n' };
    const edited = { ...stock, 'prefix_signature_re.txt': 'a\n(x+)+y\nb\n# note\n' };
    expect(findSuspectLines(stock, edited)).toEqual([{ file: 'prefix_signature_re.txt', line: 2, pattern: '(x+)+y' }]);
  });
});
