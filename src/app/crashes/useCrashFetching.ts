import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { convertProcessedCrash, keepSigningInput, type CrashData } from '../../engine/index.ts';
import { createCrashStatsClient, type CrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';
import { createBrowserCrashCache } from './crashCache.ts';
import { resilientCrashCache } from './resilientCrashCache.ts';
import type { CrashFetchStatus } from './crashFetchState.ts';
import { PROXY_PATH, PROXY_TARGET_HEADER } from '../../crash-stats/proxy.ts';

export interface FetchProgress {
  readonly total: number;
  readonly done: number;
  readonly startedAt: number;
}

class FetchFailure extends Error {
  constructor(readonly status: CrashFetchStatus) {
    super(status.message);
  }
}

/** Parallel requests in flight; the token bucket still paces them. */
const CONCURRENCY = 4;
const FLUSH_MS = 300;

/**
 * Fetches crashes by id through TanStack Query (deduplicated, in memory) and
 * an IndexedDB cache of converted crash data (so a reload makes no request).
 * With a token, requests go through the local proxy, because the API's CORS
 * rules refuse an Auth-Token header from a browser.
 */
export function useCrashFetching(apiUrl: string, token: string, onLoaded: (crashes: readonly LoadedCrash[]) => void) {
  const queryClient = useQueryClient();
  const [statuses, setStatuses] = useState<ReadonlyMap<string, CrashFetchStatus>>(new Map());
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const [busy, setBusy] = useState(false);
  /** When a 429 pause ends (epoch ms), for the countdown; null when not paused. */
  const [rateLimitedUntil, setRateLimitedUntil] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  const client: CrashStatsClient = useMemo(() => {
    const onRateLimited = (waitMs: number) => setRateLimitedUntil(Date.now() + waitMs);
    return token
      ? createCrashStatsClient({ apiUrl: `${window.location.origin}${PROXY_PATH}`, token, headers: { [PROXY_TARGET_HEADER]: apiUrl }, onRateLimited })
      : createCrashStatsClient({ apiUrl, onRateLimited });
  }, [apiUrl, token]);
  /** Why fetched crashes are not cached (IndexedDB full, say); they are still loaded. */
  const [cacheProblem, setCacheProblem] = useState<string | null>(null);
  const cache = useMemo(() => resilientCrashCache(createBrowserCrashCache(apiUrl), setCacheProblem), [apiUrl]);

  const loadOne = useCallback(
    (id: string, signal: AbortSignal) =>
      queryClient.fetchQuery({
        queryKey: ['crash', apiUrl, id],
        staleTime: Infinity,
        gcTime: Infinity,
        retry: false,
        queryFn: async (): Promise<{ crash: CrashData; from: 'cached' | 'fetched' }> => {
          const cached = await cache.get(id);
          if (cached) return { crash: cached, from: 'cached' };
          const answer = await client.getProcessedCrash(id, { signal });
          if (answer.status !== 'ok') throw new FetchFailure({ state: answer.status, message: answer.message });
          // Only what signing reads is kept (and cached): two threads, not dozens.
          const crash = keepSigningInput(convertProcessedCrash(answer.processed));
          await cache.set(id, crash);
          return { crash, from: 'fetched' };
        },
      }),
    [queryClient, apiUrl, cache, client],
  );

  const fetchIds = useCallback(
    async (ids: readonly string[]) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      const next = new Map<string, CrashFetchStatus>(ids.map((id) => [id, { state: 'queued' }]));
      setStatuses(new Map(next));
      const startedAt = performance.now();
      let done = 0;
      let loaded: LoadedCrash[] = [];
      setProgress({ total: ids.length, done, startedAt });
      // Batch what arrives, so the engine re-runs a few times a second, not per crash.
      const flush = () => {
        if (loaded.length > 0) onLoaded(loaded);
        loaded = [];
        setStatuses(new Map(next));
        setProgress({ total: ids.length, done, startedAt });
      };
      const timer = setInterval(flush, FLUSH_MS);
      const queue = [...ids];
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined && !abort.signal.aborted; id = queue.shift()) {
          next.set(id, { state: 'fetching' });
          try {
            const result = await loadOne(id, abort.signal);
            next.set(id, { state: result.from });
            loaded.push({ id, crash: result.crash });
          } catch (error) {
            if (abort.signal.aborted) {
              next.delete(id);
              break;
            }
            next.set(id, error instanceof FetchFailure ? error.status : { state: 'failed', message: (error as Error).message });
            queryClient.removeQueries({ queryKey: ['crash', apiUrl, id] });
          }
          done++;
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
      clearInterval(timer);
      // Cancelled ids go back to "not loaded"; what arrived stays.
      for (const [id, status] of next) if (status.state === 'queued' || status.state === 'fetching') next.delete(id);
      flush();
      if (controller.current === abort) {
        controller.current = null;
        setBusy(false);
        setRateLimitedUntil(null);
      }
    },
    [loadOne, onLoaded, queryClient, apiUrl],
  );

  const cancel = useCallback(() => {
    controller.current?.abort(new DOMException('Stopped', 'AbortError'));
    // The pause belonged to the stopped fetch: the next one (or a search) may go at once.
    client.clearRateLimitPause();
    setRateLimitedUntil(null);
  }, [client]);
  return { statuses, progress, fetchIds, cancel, busy, client, rateLimitedUntil, cacheProblem };
}
