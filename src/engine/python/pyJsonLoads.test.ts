import { describe, expect, it } from 'vitest';
import { pyJsonLoads } from './pyJsonLoads.ts';

describe('pyJsonLoads', () => {
  it.each([
    ['{"a": [1, 2.5, "x", null, true, false]}', { a: [1, 2.5, 'x', null, true, false] }],
    ['  "\\u00e9\\ud83d\\ude00\\n"  ', '\u00e9\u{1F600}\n'],
    ['NaN', Number.NaN],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['{"__proto__": 1}', JSON.parse('{"__proto__": 1}')],
  ])('parses %s', (text, expected) => {
    expect(pyJsonLoads(text)).toEqual(expected);
  });

  // The messages CPython's json module gives, since upstream puts them in notes.
  it.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['{not json', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['{"a": 1 "b": 2}', "Expecting ',' delimiter: line 1 column 9 (char 8)"],
    ['[1, 2', "Expecting ',' delimiter: line 1 column 6 (char 5)"],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
    ['{"a": 1}x', 'Extra data: line 1 column 9 (char 8)'],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['{\n"a":\n}', 'Expecting value: line 3 column 1 (char 7)'],
    ['"a\tb"', 'Invalid control character at: line 1 column 3 (char 2)'],
  ])('rejects %j like CPython', (text, message) => {
    expect(() => pyJsonLoads(text)).toThrow(message);
  });

  it('rejects non-strings with a TypeError', () => {
    expect(() => pyJsonLoads(5)).toThrow('the JSON object must be str, bytes or bytearray, not int');
  });
});
