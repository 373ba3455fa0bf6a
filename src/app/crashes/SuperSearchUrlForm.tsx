import { useState, type FormEvent } from 'react';
import type { CrashStatsClient, SuperSearchHit } from '../../crash-stats/createCrashStatsClient.ts';
import { parseSuperSearchUrl, SuperSearchUrlError } from '../../crash-stats/supersearch/parseSuperSearchUrl.ts';
import { SuperSearchRunStatus } from './SuperSearchProgressLine.tsx';
import { useSuperSearchRun } from './useSuperSearchRun.ts';
import type { SearchOrigin } from '../../worker/engineApi.ts';

export interface SuperSearchUrlFormProps {
  readonly client: CrashStatsClient;
  /** Columns to ask for besides uuid (fast mode asks for its columns). */
  readonly columns?: readonly string[];
  readonly submitLabel?: string;
  /** All hits, once the search is done (or failed part way), and the search that found them. */
  onHits(hits: readonly SuperSearchHit[], search: SearchOrigin): void;
}

/**
 * A Super Search pasted as a URL (web UI or API): every filter is kept, the
 * search is sent to the API URL in the settings, and the requested number
 * of crashes is collected through pages and, past 10,000, date windows.
 */
export function SuperSearchUrlForm({ client, columns, submitLabel = 'Load crash ids', onHits }: SuperSearchUrlFormProps) {
  const [url, setUrl] = useState('');
  const [count, setCount] = useState(1000);
  const { status, setStatus, busy, progress, run } = useSuperSearchRun(client);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let filters: URLSearchParams;
    try {
      filters = parseSuperSearchUrl(url).filters;
    } catch (error) {
      if (error instanceof SuperSearchUrlError) return setStatus(error.message);
      throw error;
    }
    if (!Number.isInteger(count) || count < 1) return setStatus('Crashes to load must be a positive whole number.');
    const result = await run(filters, count, columns);
    onHits(result.hits, { params: filters.toString(), wanted: count });
    const found = `${result.hits.length.toLocaleString('en-US')} of ${result.total.toLocaleString('en-US')} crashes in ${result.requests} requests`;
    setStatus(result.status === 'ok' ? `Loaded ${found}${result.windows ? ` (${result.windows} date windows)` : ''}` : `Search failed after ${found}: ${result.message}`);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="search-form">
      <label className="wide">
        Super Search URL
        <input
          value={url}
          placeholder="https://crash-stats.mozilla.org/search/?product=Firefox&signature=~shutdownhang…"
          onChange={(event) => setUrl(event.target.value)}
        />
      </label>
      <label>
        Crashes to load
        <input type="number" min={1} value={count} onChange={(event) => setCount(Number(event.target.value))} />
      </label>
      <button type="submit" disabled={busy || !url.trim()}>
        {submitLabel}
      </button>
      <SuperSearchRunStatus busy={busy} progress={progress} status={status} />
    </form>
  );
}
