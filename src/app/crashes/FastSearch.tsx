import { useMemo, useState } from 'react';
import type { CrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { FAST_MODE_COLUMNS } from '../../crash-stats/fast/fastModeColumns.ts';
import { SHUTDOWNHANG_ASSUMPTION } from '../../crash-stats/fast/signFromHit.ts';
import { hitsToCrashes } from './hitsToCrashes.ts';
import type { LoadedCrash, ResultRow } from '../../worker/engineApi.ts';
import { SuperSearchUrlForm } from './SuperSearchUrlForm.tsx';

export interface FastSearchProps {
  readonly client: CrashStatsClient;
  readonly rows: readonly ResultRow[];
  onAdd(crashes: readonly LoadedCrash[]): void;
  /** Fetches these crashes whole (ProcessedCrash, cached); they then replace their fast-mode rows. */
  onFetchFull(ids: readonly string[]): void;
}

/**
 * Fast mode: a whole Super Search signed from its `_columns`, 1,000 crashes
 * a request instead of one. Crashes the columns cannot sign exactly are
 * listed with the reason, and fetched whole on request.
 */
export function FastSearch({ client, rows, onAdd, onFetchFull }: FastSearchProps) {
  const [trustShutdownHang, setTrustShutdownHang] = useState(false);
  const needsFull = useMemo(() => rows.filter((row) => row.needsFullCrash !== undefined), [rows]);
  const assumed = useMemo(() => rows.filter((row) => row.assumption !== undefined).length, [rows]);
  const reasons = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of needsFull) counts.set(row.needsFullCrash as string, (counts.get(row.needsFullCrash as string) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [needsFull]);

  return (
    <details className="find-crashes fast-search">
      <summary>Fast mode: sign a Super Search from its columns</summary>
      <SuperSearchUrlForm
        client={client}
        columns={FAST_MODE_COLUMNS}
        submitLabel="Sign from Super Search columns"
        onHits={(hits, search) => onAdd(hitsToCrashes(hits, search, trustShutdownHang))}
      />
      <label className="hint">
        <input type="checkbox" checked={trustShutdownHang} onChange={(event) => setTrustShutdownHang(event.target.checked)} /> Also sign shutdown hangs on
        other threads, trusting the stored signature that they stay shutdown hangs (not exact: the watchdog thread is not in Super Search)
      </label>
      {assumed > 0 && (
        <p className="hint">
          {assumed.toLocaleString('en-US')} signed on an assumption: {SHUTDOWNHANG_ASSUMPTION}.
        </p>
      )}
      {needsFull.length > 0 && (
        <div className="needs-full-crash" data-testid="needs-full-crash">
          <p>
            {needsFull.length.toLocaleString('en-US')} crash{needsFull.length === 1 ? '' : 'es'} need the full crash (the columns cannot decide the signature exactly):
          </p>
          <ul>
            {reasons.map(([reason, count]) => (
              <li key={reason}>
                {count.toLocaleString('en-US')} × {reason}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onFetchFull(needsFull.map((row) => row.id))}>
            Fetch {needsFull.length.toLocaleString('en-US')} full crash{needsFull.length === 1 ? '' : 'es'}
          </button>
        </div>
      )}
    </details>
  );
}
