import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, splitControlCharacters } from './controlCharacters.ts';

describe('control characters', () => {
  it('escapes C0 (not tab or newline), DEL, C1 and bidi formatting characters as \\uXXXX, and leaves the rest', () => {
    expect(escapeControlCharacters('a\u001b[31mb\u0007\r\u007f\u009b\u202ec\u2066d\u200f\te\nf ✓ 漢')).toBe('a\\u001b[31mb\\u0007\\u000d\\u007f\\u009b\\u202ec\\u2066d\\u200f\te\nf ✓ 漢');
    const plain = 'nsFoo::Bar(int) | mozilla::dom::Thing<T>';
    expect(escapeControlCharacters(plain)).toBe(plain);
  });

  it('splits text into plain runs and single controls that join back to the text', () => {
    const text = '\u202eexe.txt\u202c and \u2067x\u2069';
    const parts = splitControlCharacters(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.control).map((part) => part.text)).toEqual(['\u202e', '\u202c', '\u2067', '\u2069']);
    expect(splitControlCharacters('plain')).toEqual([{ text: 'plain', control: false }]);
  });
});
