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
