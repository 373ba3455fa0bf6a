import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ResultRow } from '../../worker/engineApi.ts';
import { describeFilters, filterCrashes, NO_FILTERS } from './crashFilters.ts';
import type { ResultsState } from './ResultsPane.tsx';

interface Options {
  /** Bumped whenever the lists change from outside the editors (a PR, a link, Reset all). */
  readonly revision: number;
  readonly rows: readonly ResultRow[];
  /** The run the rows come from: a change of lists is judged on the first run after it. */
  readonly run: object | null;
  /** Crashes are still arriving (an opened link's): too early to judge the filters. */
  readonly loading: boolean;
  readonly results: ResultsState;
  setResults(update: (current: ResultsState) => ResultsState): void;
  readonly selectedId: string | null;
  setSelectedId(id: string | null): void;
}

/**
 * After the lists change from outside, the first run with crashes checks the
 * crash table's filters: filters that let no crash through are cleared (and
 * the user is told which), and a selected crash that is gone is let go, so
 * nothing shows "0 of 200 crashes" with a stale crash in the detail pane.
 */
export function useFiltersFollowLists({ revision, rows, run, loading, results, setResults, selectedId, setSelectedId }: Options): ReactNode {
  /** The revision last judged, and the run that was showing when the lists changed. */
  const judged = useRef(revision);
  const runBefore = useRef<object | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (judged.current === revision) {
      runBefore.current = run;
      return;
    }
    // Wait for a run made with the new lists, and for an opened link's crashes.
    if (run === runBefore.current || loading || rows.length === 0) return;
    judged.current = revision;
    runBefore.current = run;
    if (selectedId !== null && !rows.some((row) => row.id === selectedId)) setSelectedId(null);
    if (filterCrashes(rows, results.filters).length > 0) return setNote(null);
    const cleared = describeFilters(results.filters);
    if (!cleared) return;
    setResults((current) => ({ ...current, filters: NO_FILTERS }));
    setNote(`Filter cleared (${cleared}): no crash matches it with the new lists.`);
  }, [revision, rows, run, loading, results.filters, selectedId, setResults, setSelectedId]);
  if (!note) return null;
  return (
    <p className="hint" role="status" aria-label="Filters">
      {note}{' '}
      <button type="button" className="link" onClick={() => setNote(null)} aria-label="Dismiss">
        ✕
      </button>
    </p>
  );
}
