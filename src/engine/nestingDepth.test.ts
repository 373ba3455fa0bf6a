import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './nestingDepth.ts';

const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

describe('nestsDeeperThan', () => {
  it('finds 20,000 levels without overflowing the stack itself', () => {
    expect(nestsDeeperThan({ threads: nested(20_000) })).toBe(true);
  });

  it('draws the line at the limit', () => {
    expect(nestsDeeperThan(nested(1_000))).toBe(false);
    expect(nestsDeeperThan(nested(1_001))).toBe(true);
    expect(nestsDeeperThan({ crashing_thread: 0, threads: [{ frames: [{ function: 'f' }] }] }, 5)).toBe(false);
    expect(nestsDeeperThan({ threads: [{ frames: [{ function: 'f' }] }] }, 4)).toBe(true);
    expect(nestsDeeperThan('text')).toBe(false);
  });
});
