import { describe, expect, it } from 'vitest';
import { readDateRange, splitDateRange, withDateRange } from './dateRange.ts';

const T = (iso: string) => Date.parse(iso);

describe('readDateRange', () => {
  it('reads >= and < bounds, days or times', () => {
    const range = readDateRange(new URLSearchParams('date=>=2026-11-01&date=<2026-11-08T12:00:00.000Z'), 0);
    expect(range).toEqual({ from: { time: T('2026-11-01T00:00:00Z'), inclusive: true }, to: { time: T('2026-11-08T12:00:00Z'), inclusive: false } });
  });

  it('keeps the tighter of two bounds and defaults to the last seven days', () => {
    const now = T('2026-11-25T00:00:00Z');
    expect(readDateRange(new URLSearchParams('date=>2026-11-01&date=>=2026-11-03'), now)?.from).toEqual({ time: T('2026-11-03T00:00:00Z'), inclusive: true });
    expect(readDateRange(new URLSearchParams('product=Firefox'), now)).toEqual({ from: { time: T('2026-11-18T00:00:00Z'), inclusive: true }, to: { time: now, inclusive: true } });
  });

  it.each(['date=2026-11-01', 'date=!2026-11-01', 'date=>=yesterday'])('gives up on %s', (query) => {
    expect(readDateRange(new URLSearchParams(query), 0)).toBeNull();
  });
});

describe('splitDateRange', () => {
  it('covers the range without overlap and keeps the outer bounds', () => {
    const range = { from: { time: 0, inclusive: false }, to: { time: 90, inclusive: true } };
    expect(splitDateRange(range, 3)).toEqual([
      { from: { time: 0, inclusive: false }, to: { time: 30, inclusive: false } },
      { from: { time: 30, inclusive: true }, to: { time: 60, inclusive: false } },
      { from: { time: 60, inclusive: true }, to: { time: 90, inclusive: true } },
    ]);
  });

  it('never splits finer than a millisecond', () => {
    expect(splitDateRange({ from: { time: 0, inclusive: true }, to: { time: 2, inclusive: false } }, 10)).toHaveLength(2);
  });
});

describe('withDateRange', () => {
  it('replaces the date filters and keeps the rest in order', () => {
    const filters = new URLSearchParams('product=Firefox&date=>=2026-11-01&signature=~x');
    const next = withDateRange(filters, { from: { time: T('2026-11-02T00:00:00Z'), inclusive: true }, to: { time: T('2026-11-03T00:00:00Z'), inclusive: false } });
    expect([...next]).toEqual([
      ['product', 'Firefox'],
      ['signature', '~x'],
      ['date', '>=2026-11-02T00:00:00.000Z'],
      ['date', '<2026-11-03T00:00:00.000Z'],
    ]);
  });
});
