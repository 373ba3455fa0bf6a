import { createTokenBucket, type TokenBucket } from './createTokenBucket.ts';
import { parseRetryAfter, retryDelay } from './retryDelay.ts';
import { sleep as realSleep, type Sleep } from './sleep.ts';
import { DEFAULT_API_URL, type FetchCrashResult } from './types.ts';

export interface CrashStatsClientOptions {
  readonly apiUrl?: string;
  /** Sent as `Auth-Token`, never in a URL or a message. */
  readonly token?: string;
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
}

export interface CrashStatsClient {
  readonly apiUrl: string;
  getProcessedCrash(crashId: string, options?: { signal?: AbortSignal }): Promise<FetchCrashResult>;
}

/** Without Retry-After (Crash Stats sends none), wait out a whole rate-limit window. */
const RATE_LIMIT_WINDOW_MS = 60_000;

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
 * Client for the public Crash Stats API (`/ProcessedCrash/`). Every request
 * goes through a token bucket; 429s pause the bucket, 5xx and network
 * errors are retried with backoff. Works in browsers and Node.
 */
export function createCrashStatsClient(options: CrashStatsClientOptions = {}): CrashStatsClient {
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const bucket = options.rateLimiter ?? createTokenBucket({ perMinute: options.token ? 1000 : 100, now, sleep });
  const retries = options.retries ?? 3;
  const rateLimitRetries = options.rateLimitRetries ?? 5;
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (options.token) headers['Auth-Token'] = options.token;

  async function getProcessedCrash(crashId: string, { signal }: { signal?: AbortSignal } = {}): Promise<FetchCrashResult> {
    const url = `${apiUrl}/ProcessedCrash/?crash_id=${encodeURIComponent(crashId)}`;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      await bucket.take(signal);
      let response: Response;
      try {
        response = await doFetch(url, { headers, signal });
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const message = `network error: ${error instanceof Error ? error.message : String(error)}`;
        if (failures >= retries) return { status: 'failed', crashId, message };
        await sleep(retryDelay(failures++, options.random), signal);
        continue;
      }
      if (response.ok) {
        const text = await response.text();
        try {
          const processed = JSON.parse(text) as unknown;
          if (typeof processed !== 'object' || processed === null || Array.isArray(processed)) {
            return { status: 'failed', crashId, message: 'the API answered with something that is not a processed crash' };
          }
          return { status: 'ok', crashId, processed: processed as Record<string, unknown> };
        } catch {
          return { status: 'failed', crashId, message: 'the API answered with malformed JSON' };
        }
      }
      if (response.status === 404) return { status: 'not-found', crashId, message: `not found: ${await errorText(response)}` };
      if (response.status === 403 || response.status === 401) {
        return { status: 'forbidden', crashId, message: `forbidden (check the API token): ${await errorText(response)}` };
      }
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('Retry-After'), now()) ?? RATE_LIMIT_WINDOW_MS;
        await response.body?.cancel().catch(() => undefined);
        if (rateLimited++ >= rateLimitRetries) return { status: 'failed', crashId, message: 'rate limited (HTTP 429) too many times' };
        bucket.pauseUntil(now() + wait);
        continue;
      }
      if (response.status >= 500 && failures < retries) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(retryDelay(failures++, options.random), signal);
        continue;
      }
      return { status: 'failed', crashId, message: `HTTP ${response.status}: ${await errorText(response)}` };
    }
  }

  return { apiUrl, getProcessedCrash };
}
