import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { editsAtStake } from './editsAtStake.ts';

const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'a\n' };
const mine = { ...stock, 'prefix_signature_re.txt': 'a\nmine\n' };
const theirs = { ...stock, 'prefix_signature_re.txt': 'a\ntheirs\n' };

describe('editsAtStake', () => {
  it('asks only when edits here would be replaced by different lists', () => {
    expect(editsAtStake({ stock, edited: stock }, theirs)).toBeNull();
    expect(editsAtStake({ stock, edited: theirs }, theirs)).toBeNull();
    expect(editsAtStake({ stock, edited: mine }, theirs)).toEqual({ lines: 1, files: ['prefix_signature_re.txt'] });
    // A PR's head over its base is at stake too: loading something else loses it.
    expect(editsAtStake({ stock: theirs, edited: mine }, stock)).toEqual({ lines: 2, files: ['prefix_signature_re.txt'] });
  });
});
