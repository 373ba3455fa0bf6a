import { describe, expect, it } from 'vitest';
import { createStringMemo } from './stringMemo.ts';

describe('createStringMemo', () => {
  it('keeps any string as a plain key, Object.prototype names and numbers included', () => {
    const memo = createStringMemo<string>(10);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '', 'nsFoo::Bar']) {
      expect(memo.get(key)).toBeUndefined();
      memo.set(key, `value of ${key}`);
      expect(memo.get(key)).toBe(`value of ${key}`);
    }
  });

  it('empties itself when full, counting each key once', () => {
    const memo = createStringMemo<number>(3);
    memo.set('a', 1);
    memo.set('a', 2);
    memo.set('b', 3);
    memo.set('c', 4);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([2, 3, 4]);
    memo.set('d', 5);
    expect([memo.get('a'), memo.get('b'), memo.get('c'), memo.get('d')]).toEqual([undefined, undefined, undefined, 5]);
  });
});

describe('createStringMemo bounded in characters', () => {
  it('empties itself when the characters it holds (keys and weighed values) pass the budget', () => {
    const memo = createStringMemo<string>(1_000, { chars: 100, weigh: (value) => value.length });
    memo.set('a'.repeat(20), 'x'.repeat(20));
    memo.set('b'.repeat(20), 'y'.repeat(20));
    expect(memo.get('a'.repeat(20))).toBe('x'.repeat(20));
    memo.set('c'.repeat(20), 'z'.repeat(20)); // 120 characters: too many
    expect([memo.get('a'.repeat(20)), memo.get('b'.repeat(20)), memo.get('c'.repeat(20))]).toEqual([undefined, undefined, 'z'.repeat(20)]);
  });

  it('does not keep a key longer than its limit (it would flush everything else for one rare entry)', () => {
    const memo = createStringMemo<number>(1_000, { chars: 1_000, maxKeyChars: 50 });
    memo.set('short', 1);
    memo.set('l'.repeat(51), 2);
    expect([memo.get('short'), memo.get('l'.repeat(51))]).toEqual([1, undefined]);
  });
});
