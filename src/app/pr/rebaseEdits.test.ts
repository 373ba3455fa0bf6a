import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { rebaseEdits } from './rebaseEdits.ts';

describe('rebaseEdits', () => {
  it('re-applies edits to the new stock lists and names the files where that fails', () => {
    const old = { ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': 'a\nb\nc\n', 'prefix_signature_re.txt': 'p\n' };
    const edited = { ...old, 'irrelevant_signature_re.txt': 'a\nb\nc\nmine\n', 'prefix_signature_re.txt': 'q\n' };
    const next = { ...old, 'irrelevant_signature_re.txt': 'new\na\nb\nc\n', 'prefix_signature_re.txt': 'r\n' };
    expect(rebaseEdits(old, edited, next)).toEqual({
      texts: { ...next, 'irrelevant_signature_re.txt': 'new\na\nb\nc\nmine\n' },
      dropped: ['prefix_signature_re.txt'],
    });
  });
});
