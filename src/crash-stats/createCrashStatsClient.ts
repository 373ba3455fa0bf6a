import { readCrashJson } from '../engine/index.ts';
import { createTokenBucket, type TokenBucket } from './createTokenBucket.ts';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelay } from './retryDelay.ts';
import { fetchWithinOrigin } from './fetchWithinOrigin.ts';
import { sleep as realSleep, type Sleep } from './sleep.ts';
import { DEFAULT_API_URL, type FetchCrashResult } from './types.ts';

export interface CrashStatsClientOptions {
  readonly apiUrl?: string;
  /** Sent as `Auth-Token`, never in a URL or a message. */
  readonly token?: string;
  /** Extra request headers (the local proxy reads its target from one). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch;
  /** Share one bucket between clients that hit the same API. */
  readonly rateLimiter?: TokenBucket;
  /** Retries for 5xx and network errors. */
  readonly retries?: number;
  /** Retries after 429 (each waits out the server's window). */
  readonly rateLimitRetries?: number;
  readonly now?: () => number;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  /** Told when a 429 pauses requests (for a status line). */
  readonly onRateLimited?: (waitMs: number) => void;
  /** A request (headers and body) that takes longer is abandoned and retried as a network error. */
  readonly timeoutMs?: number;
}

export interface CrashStatsClient {
  readonly apiUrl: string;
  /** The sustained request rate the client keeps to (for time-left estimates). */
  readonly requestsPerMinute: number;
  getProcessedCrash(crashId: string, options?: { signal?: AbortSignal }): Promise<FetchCrashResult>;
  /** One Super Search page (`_columns` are the caller's to set); counts against the API limit like any request. */
  superSearch(query: URLSearchParams, options?: { signal?: AbortSignal }): Promise<SuperSearchResult>;
  /** Lets requests go again at once after a rate-limit pause (when the user stops a fetch). */
  clearRateLimitPause(): void;
}

export type SuperSearchResult =
  | {
      readonly status: 'ok';
      readonly ids: readonly string[];
      /** The hit objects as returned, with the requested `_columns`. */
      readonly hits: readonly SuperSearchHit[];
      readonly total: number;
    }
  | { readonly status: 'not-found' | 'forbidden' | 'failed'; readonly message: string };

/** One Super Search hit: `uuid` plus whichever `_columns` were asked for. */
export type SuperSearchHit = Readonly<Record<string, unknown>>;

/**
 * A ProcessedCrash answer read as Python's `json` reads it (numbers as the
 * Python reference holds them), keeping only what signing reads: no
 * modules, no threads but the crashing one and thread 0.
 */
function readProcessedCrash(body: string): unknown {
  const read = readCrashJson(body);
  if ('error' in read) throw new Error(read.error);
  return read.value;
}

/** Without Retry-After (Crash Stats sends none), wait out a whole rate-limit window. */
const RATE_LIMIT_WINDOW_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;

async function errorText(response: Response): Promise<string> {
  const body = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(body) as { error?: unknown; errors?: unknown; detail?: unknown };
    const detail = parsed.error ?? parsed.detail ?? parsed.errors;
    if (detail !== undefined) return typeof detail === 'string' ? detail : JSON.stringify(detail);
  } catch {
    // Not JSON: an HTML error page or plain text.
  }
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Client for the public Crash Stats API (`/ProcessedCrash/`, `/SuperSearch/`). Every request
 * goes through a token bucket; 429s pause the bucket, 5xx and network
 * errors are retried with backoff. Works in browsers and Node.
 */
export function createCrashStatsClient(options: CrashStatsClientOptions = {}): CrashStatsClient {
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const requestsPerMinute = options.token ? 1000 : 100;
  // One bucket for every endpoint: /api/SuperSearch/ counts against the same API limit as
  // /api/ProcessedCrash/ (the stricter 10/minute applies to the web UI's /search/ pages only).
  const bucket = options.rateLimiter ?? createTokenBucket({ perMinute: requestsPerMinute, now, sleep });
  const onRateLimited = options.onRateLimited;
  const retries = options.retries ?? 3;
  const rateLimitRetries = options.rateLimitRetries ?? 5;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Only CORS-safelisted headers, so browsers send no preflight (which would double the requests
  // counted against the rate limit); not accepting text/html also keeps 429 bodies short.
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers['Auth-Token'] = options.token;
  Object.assign(headers, options.headers);

  type JsonAnswer = { readonly status: 'ok'; readonly body: unknown } | { readonly status: 'not-found' | 'forbidden' | 'failed'; readonly message: string };

  /**
   * GET `path` with rate limiting and retries; never throws for HTTP or network trouble.
   * `read` turns the body into a value, throwing for one that is malformed.
   */
  async function getJson(path: string, limiter: TokenBucket, signal?: AbortSignal, read: (body: string) => unknown = JSON.parse): Promise<JsonAnswer> {
    const url = `${apiUrl}${path}`;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      await limiter.take(signal);
      const timeout = AbortSignal.timeout(timeoutMs);
      const requestSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
      let response: Response;
      let body = '';
      try {
        const answer = await fetchWithinOrigin(doFetch, url, { headers, signal: requestSignal });
        if (answer.response === undefined) return { status: 'failed', message: answer.refused };
        response = answer.response;
        // Read inside the try: a connection reset mid-body is a network error, worth a retry.
        if (response.ok) body = await response.text();
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const cause = timeout.aborted ? `no answer within ${timeoutMs / 1000} s` : error instanceof Error ? error.message : String(error);
        const message = `network error: ${cause}`;
        if (failures >= retries) return { status: 'failed', message };
        await sleep(retryDelay(failures++, options.random), signal);
        continue;
      }
      if (response.ok) {
        try {
          return { status: 'ok', body: read(body) };
        } catch {
          return { status: 'failed', message: 'the API answered with malformed JSON' };
        }
      }
      if (response.status === 404) return { status: 'not-found', message: `not found: ${await errorText(response)}` };
      if (response.status === 403 || response.status === 401) {
        return { status: 'forbidden', message: `forbidden (check the API token): ${await errorText(response)}` };
      }
      if (response.status === 429) {
        const wait = Math.min(parseRetryAfter(response.headers.get('Retry-After'), now()) ?? RATE_LIMIT_WINDOW_MS, MAX_RETRY_AFTER_MS);
        await response.body?.cancel().catch(() => undefined);
        if (rateLimited++ >= rateLimitRetries) return { status: 'failed', message: 'rate limited (HTTP 429) too many times' };
        limiter.pauseUntil(now() + wait);
        onRateLimited?.(wait);
        continue;
      }
      if (response.status >= 500 && failures < retries) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(retryDelay(failures++, options.random), signal);
        continue;
      }
      return { status: 'failed', message: `HTTP ${response.status}: ${await errorText(response)}` };
    }
  }

  async function getProcessedCrash(crashId: string, { signal }: { signal?: AbortSignal } = {}): Promise<FetchCrashResult> {
    const answer = await getJson(`/ProcessedCrash/?crash_id=${encodeURIComponent(crashId)}`, bucket, signal, readProcessedCrash);
    if (answer.status !== 'ok') return { ...answer, crashId };
    const processed = answer.body;
    if (typeof processed !== 'object' || processed === null || Array.isArray(processed)) {
      return { status: 'failed', crashId, message: 'the API answered with something that is not a processed crash' };
    }
    return { status: 'ok', crashId, processed: processed as Record<string, unknown> };
  }

  async function superSearch(query: URLSearchParams, { signal }: { signal?: AbortSignal } = {}): Promise<SuperSearchResult> {
    const answer = await getJson(`/SuperSearch/?${query.toString()}`, bucket, signal);
    if (answer.status !== 'ok') return answer;
    const body = answer.body as { hits?: unknown; total?: unknown };
    const hits = (Array.isArray(body.hits) ? body.hits : []).filter(
      (hit): hit is SuperSearchHit => typeof hit === 'object' && hit !== null && typeof (hit as SuperSearchHit).uuid === 'string',
    );
    const ids = hits.map((hit) => hit.uuid as string);
    return { status: 'ok', ids, hits, total: typeof body.total === 'number' ? body.total : ids.length };
  }

  const clearRateLimitPause = () => {
    bucket.clearPause();
  };

  return { apiUrl, requestsPerMinute, getProcessedCrash, superSearch, clearRateLimitPause };
}
