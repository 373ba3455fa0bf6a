import { useCallback, useRef, useState } from 'react';
import { convertProcessedCrash } from '../engine/index.ts';
import { createCrashStatsClient, type CrashStatsClient } from '../crash-stats/createCrashStatsClient.ts';
import type { LoadedCrash } from '../worker/engineApi.ts';

/**
 * Fetches crashes by id from Crash Stats (anonymously: the API allows any
 * origin for GETs), one rate-limited request at a time; what arrived is kept
 * when the user stops.
 */
export function useCrashFetcher(onAdd: (crashes: readonly LoadedCrash[]) => void) {
  const client = useRef<CrashStatsClient | null>(null);
  const controller = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failures, setFailures] = useState<string[]>([]);

  const fetchIds = useCallback(
    async (ids: readonly string[]) => {
      client.current ??= createCrashStatsClient();
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      setFailures([]);
      let done = 0;
      const failed: string[] = [];
      try {
        for (const id of ids) {
          setStatus(`Fetching ${done + 1} of ${ids.length}…`);
          const result = await client.current.getProcessedCrash(id, { signal: abort.signal });
          done++;
          if (result.status === 'ok') onAdd([{ id, crash: convertProcessedCrash(result.processed) }]);
          else failed.push(`${id}: ${result.message}`);
        }
        setStatus(`Fetched ${done - failed.length} of ${ids.length}`);
      } catch {
        setStatus(`Stopped after ${done} of ${ids.length}`);
      } finally {
        setFailures(failed);
        setBusy(false);
      }
    },
    [onAdd],
  );

  const cancel = useCallback(() => controller.current?.abort(new DOMException('Stopped', 'AbortError')), []);
  return { fetchIds, cancel, busy, status, failures };
}
