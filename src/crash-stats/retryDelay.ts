/** Exponential backoff with jitter, so retries from many ids do not arrive together. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** attempt);
  return base + Math.floor(random() * 250);
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The longest pause a Retry-After may impose: a hostile or broken server
 * sending `Retry-After: 999999` must not freeze a fetch for eleven days.
 */
export const MAX_RETRY_AFTER_MS = 120_000;
