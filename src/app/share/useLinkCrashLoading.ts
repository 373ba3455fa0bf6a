import { useCallback, useRef, useState } from 'react';
import { FAST_MODE_COLUMNS } from '../../crash-stats/fast/fastModeColumns.ts';
import { fetchSuperSearchHits } from '../../crash-stats/supersearch/fetchSuperSearchHits.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';
import { hitsToCrashes } from '../crashes/hitsToCrashes.ts';
import type { useCrashFetching } from '../crashes/useCrashFetching.ts';
import type { CarriedSearch } from './sharedView.ts';

export type LinkLoading =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'loading' | 'done' | 'stopped';
      /** Crashes the link names by id, and how many of those are in. */
      readonly ids: number;
      /** Its fast-mode searches: how many are done, and the crashes they brought. */
      readonly searches: number;
      readonly searchesDone: number;
      readonly searched: number;
      /** Searches that failed part way, in words. */
      readonly problems: readonly string[];
    };

/**
 * Loads the crashes a link (or experiment file) names, with no click: its
 * fast-mode searches are signed again from their columns (a request per
 * 1,000 crashes), then the other crashes are fetched by id (cache first). A
 * full crash replaces its fast-mode hit, never the other way round.
 */
export function useLinkCrashLoading(fetcher: ReturnType<typeof useCrashFetching>, addCrashes: (crashes: readonly LoadedCrash[]) => Promise<void>) {
  const [loading, setLoading] = useState<LinkLoading>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (ids: readonly string[], searches: readonly CarriedSearch[], onDone?: () => void) => {
      if (ids.length === 0 && searches.length === 0) return;
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      let state = { phase: 'loading' as const, ids: ids.length, searches: searches.length, searchesDone: 0, searched: 0, problems: [] as string[] };
      setLoading(state);
      for (const search of searches) {
        if (abort.signal.aborted) break;
        const result = await fetchSuperSearchHits(fetcher.client, { filters: new URLSearchParams(search.params), wanted: search.wanted, columns: FAST_MODE_COLUMNS, signal: abort.signal });
        await addCrashes(hitsToCrashes(result.hits, { params: search.params, wanted: search.wanted }, search.trustShutdownHang === true));
        const problems = result.status === 'failed' && !abort.signal.aborted ? [...state.problems, `A fast-mode search stopped after ${result.hits.length.toLocaleString('en')} crashes: ${result.message}`] : state.problems;
        state = { ...state, searchesDone: state.searchesDone + 1, searched: state.searched + result.hits.length, problems };
        setLoading(state);
      }
      if (!abort.signal.aborted && ids.length > 0) await fetcher.fetchIds(ids);
      if (controller.current !== abort) return;
      controller.current = null;
      setLoading({ ...state, phase: abort.signal.aborted ? 'stopped' : 'done' });
      if (!abort.signal.aborted) onDone?.();
    },
    [fetcher, addCrashes],
  );

  const stop = useCallback(() => {
    controller.current?.abort(new DOMException('Stopped', 'AbortError'));
    fetcher.cancel();
  }, [fetcher]);

  const dismiss = useCallback(() => setLoading({ phase: 'idle' }), []);
  return { loading, load, stop, dismiss };
}
