import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { countEditedLines, describeEditedLines } from './countEditedLines.ts';

const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'a\nb\nc\n', 'signature_sentinels.txt': 'x\n' };

describe('countEditedLines', () => {
  it('counts the lines an edit added or removed, per list', () => {
    const edited = { ...stock, 'prefix_signature_re.txt': 'a\nB\nc\nd\n', 'signature_sentinels.txt': '' };
    const counted = countEditedLines(stock, edited);
    // b → B is one removed and one added line; d added; x removed.
    expect(counted).toEqual({ lines: 4, files: ['prefix_signature_re.txt', 'signature_sentinels.txt'] });
    expect(describeEditedLines(counted)).toBe('4 lines in 2 lists');
  });

  it('finds nothing to lose when the lists are the stock ones', () => {
    expect(countEditedLines(stock, { ...stock })).toEqual({ lines: 0, files: [] });
    expect(describeEditedLines({ lines: 1, files: ['prefix_signature_re.txt'] })).toBe('1 line in 1 list');
  });
});
