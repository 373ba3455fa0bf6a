import { describe, expect, it } from 'vitest';
import { buildSuperSearchPages, validateSearch, type CrashSearch } from './buildSuperSearchQuery.ts';
import { estimateSecondsLeft } from './crashFetchState.ts';
import { isAllowedProxyTarget } from '../../crash-stats/proxy.ts';

const search: CrashSearch = { product: 'Firefox', version: '133.0', channel: 'beta', signatureContains: 'nsCOMPtr', from: '2026-11-01', to: '2026-11-08', count: 2500 };

describe('Super Search queries', () => {
  it('pages through at most 1,000 hits at a time', () => {
    const pages = buildSuperSearchPages(search);
    expect(pages.map((page) => [page.get('_results_number'), page.get('_results_offset')])).toEqual([
      ['1000', '0'],
      ['1000', '1000'],
      ['500', '2000'],
    ]);
    expect(pages[0]?.toString()).toBe(
      'product=Firefox&version=133.0&release_channel=beta&signature=%7EnsCOMPtr&date=%3E%3D2026-11-01&date=%3C2026-11-08&_columns=uuid&_sort=-date&_results_number=1000&_results_offset=0',
    );
  });

  it.each([
    [{ count: 10_001 }, 'How many must be between 1 and 10000.'],
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
