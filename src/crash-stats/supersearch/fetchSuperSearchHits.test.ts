import { describe, expect, it } from 'vitest';
import type { CrashStatsClient, SuperSearchResult } from '../createCrashStatsClient.ts';
import { readDateRange } from './dateRange.ts';
import { fetchSuperSearchHits, type SuperSearchProgress } from './fetchSuperSearchHits.ts';

const START = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

/** An in-memory Super Search over `count` crashes spread evenly over 10 days, with the real 10,000 cap. */
function fakeSearch(count: number) {
  const crashes = Array.from({ length: count }, (_, n) => ({ uuid: `id-${n}`, time: START + Math.floor((n * 10 * DAY) / count) }));
  const queries: URLSearchParams[] = [];
  const client: CrashStatsClient = {
    apiUrl: 'fake',
    requestsPerMinute: 100,
    getProcessedCrash: () => Promise.reject(new Error('unused')),
    clearRateLimitPause: () => undefined,
    superSearch(params): Promise<SuperSearchResult> {
      queries.push(params);
      const range = readDateRange(params, START + 10 * DAY);
      const inRange = crashes.filter(({ time }) => {
        if (!range) return true;
        const afterFrom = range.from.inclusive ? time >= range.from.time : time > range.from.time;
        const beforeTo = range.to.inclusive ? time <= range.to.time : time < range.to.time;
        return afterFrom && beforeTo;
      });
      if (params.get('_sort') === '-date') inRange.reverse();
      const offset = Number(params.get('_results_offset'));
      const number = Number(params.get('_results_number'));
      if (offset + number > 10_000) return Promise.resolve({ status: 'failed', message: 'HTTP 400: result window is too large' });
      const hits = inRange.slice(offset, offset + number).map(({ uuid }) => ({ uuid, proto_signature: 'f' }));
      return Promise.resolve({ status: 'ok', hits, ids: hits.map((hit) => hit.uuid), total: inRange.length });
    },
  };
  return { client, queries };
}

const filters = (sort = '') => new URLSearchParams(`product=Firefox&date=>=2026-11-01&date=<2026-11-11${sort ? `&_sort=${sort}` : ''}`);

describe('fetchSuperSearchHits', () => {
  it('pages 1,000 at a time and stops at the total', async () => {
    const { client, queries } = fakeSearch(2500);
    const result = await fetchSuperSearchHits(client, { filters: filters(), wanted: 5000, columns: ['proto_signature'] });
    expect(result).toMatchObject({ status: 'ok', total: 2500, requests: 3, windows: 0 });
    expect(result.hits).toHaveLength(2500);
    expect(queries.map((query) => [query.get('_results_offset'), query.get('_results_number')])).toEqual([
      ['0', '1000'],
      ['1000', '1000'],
      ['2000', '500'],
    ]);
    expect(queries[0]?.getAll('_columns')).toEqual(['uuid', 'proto_signature']);
  });

  it('reaches 12,000 of 25,000 matches through date windows, newest first, without duplicates', async () => {
    const { client, queries } = fakeSearch(25_000);
    const progress: SuperSearchProgress[] = [];
    const result = await fetchSuperSearchHits(client, { filters: filters('-date'), wanted: 12_000, onProgress: (p) => progress.push(p) });
    expect(result.status).toBe('ok');
    expect(result.hits).toHaveLength(12_000);
    expect(new Set(result.hits.map((hit) => hit.uuid)).size).toBe(12_000);
    // Newest first: the newest 12,000 crashes are ids 13,000…24,999.
    expect(result.hits.map((hit) => Number(String(hit.uuid).slice(3))).sort((a, b) => a - b)[0]).toBe(13_000);
    for (const query of queries) expect(Number(query.get('_results_offset')) + Number(query.get('_results_number'))).toBeLessThanOrEqual(10_000);
    // One look at the total, then 12 pages of 1,000 (and no more than a couple of probes).
    expect(queries.length).toBeLessThanOrEqual(15);
    expect(progress.at(-1)).toMatchObject({ total: 25_000, wanted: 12_000, fetched: 12_000, pagesLeft: 0, msLeft: 0 });
    expect(progress[0]?.msLeft).toBeGreaterThan(0);
  });

  it('splits a window again when it still matches more than 10,000', async () => {
    const { client } = fakeSearch(25_000);
    // One window per 8,000 expected, but the whole range has 25,000 in 10 days: ask for all of them.
    const result = await fetchSuperSearchHits(client, { filters: filters(), wanted: 30_000 });
    expect(result).toMatchObject({ status: 'ok', total: 25_000 });
    expect(new Set(result.hits.map((hit) => hit.uuid)).size).toBe(25_000);
  });

  it('returns what it has when a page fails', async () => {
    const { client } = fakeSearch(2500);
    let calls = 0;
    const failing: CrashStatsClient = {
      ...client,
      superSearch: (params, options) => (++calls === 2 ? Promise.resolve({ status: 'failed', message: 'HTTP 500' }) : client.superSearch(params, options)),
    };
    const result = await fetchSuperSearchHits(failing, { filters: filters(), wanted: 2500 });
    expect(result).toMatchObject({ status: 'failed', message: 'HTTP 500', total: 2500 });
    expect(result.hits).toHaveLength(1000);
  });
});
