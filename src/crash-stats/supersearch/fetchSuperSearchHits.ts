import type { CrashStatsClient, SuperSearchHit } from '../createCrashStatsClient.ts';
import { readDateRange, splitDateRange, withDateRange, type DateRange } from './dateRange.ts';

/** Super Search serves at most 1,000 hits a page… */
export const SUPERSEARCH_PAGE_SIZE = 1000;
/** …and at most 10,000 of one query: Elasticsearch refuses offset + size beyond it. */
export const SUPERSEARCH_RESULT_CAP = 10_000;
/** Windows are sized for this share of the cap, so an uneven day rarely forces another split. */
const WINDOW_FILL = 0.8;

export interface SuperSearchProgress {
  /** Crashes matching the whole search. */
  readonly total: number;
  /** How many will be fetched: the smaller of the request and the total. */
  readonly wanted: number;
  readonly fetched: number;
  readonly requests: number;
  /** Pages still to fetch (an estimate: a busy window may need splitting). */
  readonly pagesLeft: number;
  /** At the client's request rate. */
  readonly msLeft: number;
  /** Set while the date range is being fetched window by window. */
  readonly windows?: { readonly done: number; readonly count: number };
}

export interface FetchSuperSearchOptions {
  /** Filters as `parseSuperSearchUrl` returns them (`_sort` allowed, other `_` keys are set here). */
  readonly filters: URLSearchParams;
  readonly wanted: number;
  /** Columns besides `uuid`. */
  readonly columns?: readonly string[];
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  /** Each page's new hits, in order, as they arrive. */
  readonly onHits?: (hits: readonly SuperSearchHit[]) => void;
  readonly onProgress?: (progress: SuperSearchProgress) => void;
}

export type FetchSuperSearchResult =
  | { readonly status: 'ok'; readonly hits: readonly SuperSearchHit[]; readonly total: number; readonly requests: number; readonly windows: number }
  | { readonly status: 'failed'; readonly message: string; readonly hits: readonly SuperSearchHit[]; readonly total: number; readonly requests: number };

class SearchFailed extends Error {}

/**
 * Collects up to `wanted` hits of a Super Search, 1,000 a page. When more
 * than 10,000 crashes match and more than 10,000 are wanted, the date range
 * is cut into windows that each match at most 10,000, fetched in the
 * search's date order (newest first for `_sort=-date`), so every crash up to
 * the requested count can be reached.
 */
export async function fetchSuperSearchHits(client: CrashStatsClient, options: FetchSuperSearchOptions): Promise<FetchSuperSearchResult> {
  const { filters, signal, onHits, onProgress } = options;
  const now = options.now ?? Date.now;
  const columns = ['uuid', ...new Set((options.columns ?? []).filter((column) => column !== 'uuid'))];
  const wanted = Math.max(0, Math.floor(options.wanted));
  const hits: SuperSearchHit[] = [];
  const seen = new Set<string>();
  let total = 0;
  let requests = 0;
  let windowsDone = 0;
  let windowCount = 0;

  const target = () => Math.min(wanted, total);
  const report = () => {
    const pagesLeft = Math.ceil(Math.max(0, target() - hits.length) / SUPERSEARCH_PAGE_SIZE);
    onProgress?.({
      total,
      wanted: target(),
      fetched: hits.length,
      requests,
      pagesLeft,
      msLeft: Math.round((pagesLeft * 60_000) / client.requestsPerMinute),
      ...(windowCount > 0 ? { windows: { done: windowsDone, count: windowCount } } : {}),
    });
  };

  const page = async (query: URLSearchParams, offset: number, number: number) => {
    const params = new URLSearchParams(query);
    for (const column of columns) params.append('_columns', column);
    params.set('_results_number', String(number));
    params.set('_results_offset', String(offset));
    requests++;
    const answer = await client.superSearch(params, { signal });
    if (answer.status !== 'ok') throw new SearchFailed(answer.message);
    return answer;
  };

  const keep = (pageHits: readonly SuperSearchHit[]) => {
    const fresh: SuperSearchHit[] = [];
    for (const hit of pageHits) {
      if (hits.length >= wanted) break;
      const id = hit.uuid as string;
      if (seen.has(id)) continue;
      seen.add(id);
      hits.push(hit);
      fresh.push(hit);
    }
    if (fresh.length > 0) onHits?.(fresh);
    report();
  };

  /** Pages through one query that matches `matched` crashes (≤ the cap), its first page already kept. */
  const pageThrough = async (query: URLSearchParams, matched: number, firstPageSize: number) => {
    const reachable = Math.min(matched, SUPERSEARCH_RESULT_CAP);
    for (let offset = firstPageSize; offset < reachable && hits.length < wanted; offset += SUPERSEARCH_PAGE_SIZE) {
      const number = Math.min(SUPERSEARCH_PAGE_SIZE, reachable - offset, wanted - hits.length);
      const answer = await page(query, offset, number);
      keep(answer.hits);
      if (answer.hits.length === 0) break;
    }
  };

  try {
    const first = await page(filters, 0, Math.min(SUPERSEARCH_PAGE_SIZE, Math.max(1, wanted)));
    total = first.total;
    const range = readDateRange(filters, now());
    if (wanted <= SUPERSEARCH_RESULT_CAP || total <= SUPERSEARCH_RESULT_CAP || range === null) {
      keep(first.hits);
      await pageThrough(filters, total, first.hits.length);
      return { status: 'ok', hits, total, requests, windows: 0 };
    }
    // The first page is sorted over the whole range; windows fetch it again in window order.
    const newestFirst = (filters.get('_sort') ?? '').startsWith('-date');
    const split = (window: DateRange, matched: number) => {
      const parts = splitDateRange(window, Math.ceil(matched / (SUPERSEARCH_RESULT_CAP * WINDOW_FILL)));
      return newestFirst ? parts.reverse() : parts;
    };
    const queue = split(range, total);
    windowCount = queue.length;
    report();
    while (queue.length > 0 && hits.length < wanted) {
      const window = queue.shift() as DateRange;
      const query = withDateRange(filters, window);
      const answer = await page(query, 0, Math.min(SUPERSEARCH_PAGE_SIZE, wanted - hits.length));
      if (answer.total > SUPERSEARCH_RESULT_CAP) {
        const parts = split(window, answer.total);
        if (parts.length > 1) {
          for (let part = parts.length - 1; part >= 0; part--) queue.unshift(parts[part] as DateRange);
          windowCount += parts.length - 1;
          continue;
        }
      }
      keep(answer.hits);
      await pageThrough(query, answer.total, answer.hits.length);
      windowsDone++;
      report();
    }
    return { status: 'ok', hits, total, requests, windows: windowCount };
  } catch (error) {
    if (!(error instanceof SearchFailed)) throw error;
    return { status: 'failed', message: error.message, hits, total, requests };
  }
}
