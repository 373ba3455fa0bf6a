import { useState } from 'react';
import type { CrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { fetchSuperSearchHits, type SuperSearchProgress } from '../../crash-stats/supersearch/fetchSuperSearchHits.ts';

type SearchResult = Awaited<ReturnType<typeof fetchSuperSearchHits>>;

/** One Super Search at a time, with its progress and a status line: shared by the search forms. */
export function useSuperSearchRun(client: CrashStatsClient) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SuperSearchProgress | null>(null);

  const run = async (filters: URLSearchParams, wanted: number, columns?: readonly string[]): Promise<SearchResult> => {
    setBusy(true);
    setStatus('');
    setProgress(null);
    try {
      return await fetchSuperSearchHits(client, { filters, wanted, columns, onProgress: setProgress });
    } finally {
      setBusy(false);
    }
  };

  return { status, setStatus, busy, progress, run };
}
