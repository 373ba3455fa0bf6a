import { describe, expect, it } from 'vitest';
import { buildSuperSearchFilters, validateSearch, type CrashSearch } from './buildSuperSearchQuery.ts';
import { estimateSecondsLeft } from './crashFetchState.ts';
import { isAllowedProxyTarget } from '../../crash-stats/proxy.ts';

const search: CrashSearch = { product: 'Firefox', version: '133.0', channel: 'beta', signatureContains: 'nsCOMPtr', from: '2026-11-01', to: '2026-11-08', count: 2500 };

describe('Super Search queries', () => {
  it('turns the form into Super Search filters, newest first', () => {
    expect(buildSuperSearchFilters(search).toString()).toBe(
      'product=Firefox&version=133.0&release_channel=beta&signature=%7EnsCOMPtr&date=%3E%3D2026-11-01&date=%3C2026-11-08&_sort=-date',
    );
  });

  it.each([
    [{ count: 100_001 }, 'How many must be between 1 and 100000.'],
    [{ from: '2025-01-01', to: '2026-11-08' }, 'Super Search covers at most 365 days.'],
    [{ from: '2026-11-08', to: '2026-11-01' }, 'The end date must be after the start date.'],
    [{}, null],
  ])('validates %j', (patch, expected) => {
    expect(validateSearch({ ...search, ...patch })).toBe(expected);
  });
});

describe('fetch helpers', () => {
  it('estimates the time left from the pace so far', () => {
    expect(estimateSecondsLeft(10, 50, 6000)).toBe(24);
    expect(estimateSecondsLeft(0, 50, 6000)).toBeNull();
    expect(estimateSecondsLeft(50, 50, 6000)).toBeNull();
  });

  it('proxies only to Crash Stats and loopback fakes', () => {
    expect(isAllowedProxyTarget('https://crash-stats.mozilla.org/api')).toBe(true);
    expect(isAllowedProxyTarget('http://127.0.0.1:4180/api')).toBe(true);
    expect(isAllowedProxyTarget('http://crash-stats.mozilla.org/api')).toBe(false);
    expect(isAllowedProxyTarget('https://evil.example/api')).toBe(false);
    expect(isAllowedProxyTarget('not a url')).toBe(false);
  });
});
