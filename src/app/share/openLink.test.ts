import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { linkNeedsConsent } from './openLink.ts';

const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'a\n' };
const mine = { ...stock, 'prefix_signature_re.txt': 'a\nmine\n' };
const theirs = { ...stock, 'prefix_signature_re.txt': 'a\ntheirs\n' };

describe('linkNeedsConsent', () => {
  it('asks only when a different local draft would be replaced', () => {
    expect(linkNeedsConsent(stock, null, theirs)).toBe(false);
    expect(linkNeedsConsent(stock, stock, theirs)).toBe(false);
    expect(linkNeedsConsent(stock, theirs, theirs)).toBe(false);
    expect(linkNeedsConsent(stock, mine, theirs)).toBe(true);
  });
});
