/**
 * The date range of a Super Search, read from its `date` filters
 * (`>=`, `>`, `<=`, `<` on ISO dates), and equal windows over it. Windows
 * exist because Elasticsearch serves at most 10,000 hits of one query
 * (offset + size): a busier search is split by date until each window fits.
 */
export interface DateBound {
  readonly time: number;
  readonly inclusive: boolean;
}

export interface DateRange {
  readonly from: DateBound;
  readonly to: DateBound;
}

/** Super Search's own default when a search names no date: the last seven days. */
export const DEFAULT_SEARCH_DAYS = 7;
const DAY_MS = 86_400_000;

function parseTime(text: string): number | null {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(time) ? null : time;
}

/**
 * The range the `date` filters describe, or null when a filter is one this
 * code does not understand (an exact day, a negation): windows would change
 * the meaning of such a search.
 */
export function readDateRange(filters: URLSearchParams, now: number): DateRange | null {
  let from: DateBound | null = null;
  let to: DateBound | null = null;
  for (const value of filters.getAll('date')) {
    const match = /^(>=|<=|>|<)(.+)$/.exec(value.trim());
    if (!match) return null;
    const time = parseTime(match[2] as string);
    if (time === null) return null;
    const op = match[1] as string;
    const bound = { time, inclusive: op.endsWith('=') };
    // Several bounds on one side: the tighter one wins, as in the search itself.
    if (op.startsWith('>')) from = from === null || time > from.time ? bound : from;
    else to = to === null || time < to.time ? bound : to;
  }
  const end = to ?? { time: now, inclusive: true };
  const start = from ?? { time: end.time - DEFAULT_SEARCH_DAYS * DAY_MS, inclusive: true };
  return { from: start, to: end };
}

/** `count` consecutive windows covering `range` exactly: inner edges are `>=` on one side and `<` on the other. */
export function splitDateRange(range: DateRange, count: number): DateRange[] {
  const span = range.to.time - range.from.time;
  const parts = Math.max(1, Math.min(count, span));
  const windows: DateRange[] = [];
  let from = range.from;
  for (let n = 1; n <= parts; n++) {
    const last = n === parts;
    const edge = range.from.time + Math.round((span * n) / parts);
    const to = last ? range.to : { time: edge, inclusive: false };
    windows.push({ from, to });
    from = { time: edge, inclusive: true };
  }
  return windows;
}

/** The filters with their `date` filters replaced by `range`. */
export function withDateRange(filters: URLSearchParams, range: DateRange): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of filters) if (key !== 'date') next.append(key, value);
  next.append('date', `${range.from.inclusive ? '>=' : '>'}${new Date(range.from.time).toISOString()}`);
  next.append('date', `${range.to.inclusive ? '<=' : '<'}${new Date(range.to.time).toISOString()}`);
  return next;
}
