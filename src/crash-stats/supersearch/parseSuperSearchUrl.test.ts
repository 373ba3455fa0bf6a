import { describe, expect, it } from 'vitest';
import { parseSuperSearchUrl, SuperSearchUrlError } from './parseSuperSearchUrl.ts';

describe('parseSuperSearchUrl', () => {
  it('keeps every filter of a web UI URL, drops the fragment and `_` parameters except _sort', () => {
    const parsed = parseSuperSearchUrl(
      'https://crash-stats.mozilla.org/search/?product=Firefox&signature=~shutdownhang&date=%3E%3D2026-11-18T11%3A33%3A00.000Z&date=%3C2026-11-25T11%3A33%3A00.000Z&_facets=signature&_sort=-date&_columns=date&_columns=signature&_results_number=50#facet=signature&page=2',
    );
    expect(parsed.source).toBe('web');
    expect(parsed.origin).toBe('https://crash-stats.mozilla.org');
    expect([...parsed.filters]).toEqual([
      ['product', 'Firefox'],
      ['signature', '~shutdownhang'],
      ['date', '>=2026-11-18T11:33:00.000Z'],
      ['date', '<2026-11-25T11:33:00.000Z'],
      ['_sort', '-date'],
    ]);
  });

  it('reads an API URL and a bare query string', () => {
    const api = parseSuperSearchUrl('http://127.0.0.1:4180/api/SuperSearch/?proto_signature=~nsCOMPtr&_results_offset=300&product=Fenix');
    expect(api.source).toBe('api');
    expect(api.filters.toString()).toBe('proto_signature=%7EnsCOMPtr&product=Fenix');
    expect(parseSuperSearchUrl('?product=Firefox&_facets=version').filters.toString()).toBe('product=Firefox');
  });

  it.each(['', 'https://crash-stats.mozilla.org/report/index/abc', 'https://'])('refuses %j', (input) => {
    expect(() => parseSuperSearchUrl(input)).toThrow(SuperSearchUrlError);
  });
});
