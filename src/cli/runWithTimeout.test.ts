import { describe, expect, it } from 'vitest';
import { runWithTimeout, TimeoutError } from './runWithTimeout.ts';

describe('runWithTimeout', () => {
  it('answers what the work returns and passes its errors on', () => {
    expect(runWithTimeout(() => 'signed', 1000)).toBe('signed');
    expect(() => runWithTimeout(() => { throw new RangeError('bad frame'); }, 1000)).toThrow(RangeError);
  });

  it('stops a regex that backtracks catastrophically, and the thread stays usable', () => {
    const runaway = /(a+)+$/;
    // Unstopped, this match would run for days.
    expect(() => runWithTimeout(() => runaway.test(`${'a'.repeat(40)}b`), 300)).toThrow(TimeoutError);
    expect(runWithTimeout(() => runaway.test('aaa'), 1000)).toBe(true);
  });

  it('the work cannot catch the stop', () => {
    let caught = false;
    const work = () => {
      try {
        for (;;);
      } catch {
        caught = true;
      }
    };
    expect(() => runWithTimeout(work, 200)).toThrow(TimeoutError);
    expect(caught).toBe(false);
  });
});
