import { describe, expect, it } from 'vitest';
import { pyInt, pyIntOrNone, tryPyInt } from './pyInt.ts';
import { pyRepr, pyStr } from './pyStr.ts';
import { pyCompareStrings, pySplitLines, pyStrip } from './pyText.ts';
import { pyContains, pyTruthy } from './pyValues.ts';
import { glomGet } from './glomGet.ts';

describe('python semantics', () => {
  it.each([
    [' 42 ', 42],
    ['-7', -7],
    ['1_000', 1000],
    ['\u0663', 3],
    [3.9, 3],
    [true, 1],
  ])('int(%j) = %d', (value, expected) => {
    expect(pyInt(value)).toBe(expected);
  });

  it.each([
    ['abc', "invalid literal for int() with base 10: 'abc'"],
    ['1__0', "invalid literal for int() with base 10: '1__0'"],
    [null, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"],
  ])('int(%j) raises', (value, message) => {
    expect(() => pyInt(value)).toThrow(message);
  });

  it.each([
    [null, 'None'],
    [true, 'True'],
    [12, '12'],
    [1.5, '1.5'],
    [['a', 1, null], "['a', 1, None]"],
    [{ k: "it's" }, '{\'k\': "it\'s"}'],
  ])('str(%j) = %s', (value, expected) => {
    expect(pyStr(value)).toBe(expected);
  });

  it('repr quotes like Python', () => {
    expect(pyRepr('a\nb')).toBe("'a\\nb'");
  });

  it('strip and splitlines use Python whitespace and line breaks', () => {
    expect(pyStrip('\u001f x \u0085')).toBe('x');
    expect(pyStrip('\ufeffx')).toBe('\ufeffx');
    expect(pySplitLines('a\r\nb\u2028c\n')).toEqual(['a', 'b', 'c']);
  });

  it('truthiness and membership follow Python', () => {
    expect([[], {}, 0, '', null].map(pyTruthy)).toEqual([false, false, false, false, false]);
    expect([[0], { a: 1 }, Number.NaN, ' '].map(pyTruthy)).toEqual([true, true, true, true]);
    expect(pyContains('a,upload_file_minidump_browser', 'upload_file_minidump_browser')).toBe(true);
    expect(pyContains(['upload_file_minidump_browser_x'], 'upload_file_minidump_browser')).toBe(false);
    expect(() => pyContains(5, 'x')).toThrow("argument of type 'int' is not iterable");
  });

  it('compares strings by code point', () => {
    expect(['\u{1F600}', '\uffff'].sort(pyCompareStrings)).toEqual(['\uffff', '\u{1F600}']);
  });

  it('looks paths up like glom', () => {
    const data = { threads: [{ a: 1 }, { a: 2 }], byKey: { '0': 'zero' } };
    expect(glomGet(data, ['threads', '-1', 'a'], null)).toBe(2);
    expect(glomGet(data, ['threads', '5'], 'none')).toBe('none');
    expect(glomGet(data, ['byKey', '0'], null)).toBe('zero');
    expect(glomGet(data, ['threads', 'x'], 'none')).toBe('none');
    expect(glomGet('text', ['0'], 'none')).toBe('none');
  });
});

describe('tryPyInt', () => {
  it('answers the failure Python would raise instead of throwing', () => {
    expect(tryPyInt(' 12 ')).toBe(12);
    const none = tryPyInt(null);
    expect(typeof none === 'object' && [none.pythonType, none.message()]).toEqual([
      'TypeError',
      "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
    ]);
    const text = tryPyInt('12abc');
    expect(typeof text === 'object' && [text.pythonType, text.message()]).toEqual(['ValueError', "invalid literal for int() with base 10: '12abc'"]);
    expect(pyIntOrNone('x')).toBeNull();
  });
});
