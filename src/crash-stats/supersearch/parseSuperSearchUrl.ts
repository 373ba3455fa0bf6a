/**
 * A Super Search as people share it: the web UI's `/search/?…#facet=…` URL,
 * an `/api/SuperSearch/?…` URL, or a bare query string. Every filter is kept;
 * parameters starting with `_` (columns, facets, paging) are dropped except
 * `_sort`, which orders the results — the rule socorro's `fetch_crashids --url`
 * follows, so both tools fetch the same crashes.
 */
export interface ParsedSuperSearch {
  /** Filters (and `_sort`), in the order given, repeated keys kept. */
  readonly filters: URLSearchParams;
  /** `/search/` (web UI) or `/api/SuperSearch/`, for messages; 'query' for a bare query string. */
  readonly source: 'web' | 'api' | 'query';
  /** Origin of a full URL, e.g. https://crash-stats.mozilla.org (null for a bare query string). */
  readonly origin: string | null;
}

export class SuperSearchUrlError extends Error {}

const WEB_PATH = /\/search\/?$/;
const API_PATH = /\/api\/SuperSearch\/?$/;

export function parseSuperSearchUrl(input: string): ParsedSuperSearch {
  const text = input.trim();
  if (!text) throw new SuperSearchUrlError('paste a Super Search URL');
  let query: string;
  let source: ParsedSuperSearch['source'];
  let origin: string | null = null;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new SuperSearchUrlError(`not a URL: ${text}`);
    }
    if (API_PATH.test(url.pathname)) source = 'api';
    else if (WEB_PATH.test(url.pathname)) source = 'web';
    else throw new SuperSearchUrlError(`not a Super Search URL (expected …/search/?… or …/api/SuperSearch/?…): ${url.pathname}`);
    // The fragment (#facet=…&page=…) only arranges the web page's tabs.
    query = url.search;
    origin = url.origin;
  } else {
    source = 'query';
    query = text.replace(/^\?/, '').replace(/#.*$/, '');
  }
  const filters = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(query)) {
    if (key.startsWith('_') && key !== '_sort') continue;
    filters.append(key, value);
  }
  return { filters, source, origin };
}
