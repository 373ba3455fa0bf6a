import { useState } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import type { CrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { buildAffectedQueries, describeChange, type AffectedQuery, type UnsearchableChange } from '../../crash-stats/affected/buildAffectedQueries.ts';
import { FAST_MODE_COLUMNS } from '../../crash-stats/fast/fastModeColumns.ts';
import { hitToCrashData } from '../../crash-stats/fast/signFromHit.ts';
import { fetchSuperSearchHits } from '../../crash-stats/supersearch/fetchSuperSearchHits.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';

export interface AffectedCrashesProps {
  readonly client: CrashStatsClient;
  readonly stock: SiglistTexts | null;
  readonly edited: SiglistTexts | null;
  /** The crashes found, signed in fast mode (from their Super Search columns). */
  onAdd(crashes: readonly LoadedCrash[]): void;
}

type QueryState = { readonly state: 'waiting' } | { readonly state: 'running' } | { readonly state: 'done'; readonly loaded: number; readonly total: number } | { readonly state: 'failed'; readonly message: string };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function describeState(state: QueryState | undefined): string {
  if (!state || state.state === 'waiting') return 'waiting';
  if (state.state === 'running') return 'searching…';
  if (state.state === 'failed') return `failed: ${state.message}`;
  return `${state.loaded.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} crashes loaded`;
}

/**
 * "Crashes this edit affects": one Super Search on proto_signature per
 * added, removed or changed line of the frame lists, over a product and a
 * date range; the crashes found are loaded (signed from their columns) as
 * the edit's regression set. Each query names the line it came from.
 */
export function AffectedCrashes({ client, stock, edited, onAdd }: AffectedCrashesProps) {
  const [product, setProduct] = useState('Firefox');
  const [from, setFrom] = useState(day(-7));
  const [to, setTo] = useState(day(1));
  const [perLine, setPerLine] = useState(100);
  const [built, setBuilt] = useState<{ queries: AffectedQuery[]; unsearchable: UnsearchableChange[] } | null>(null);
  const [states, setStates] = useState<readonly QueryState[]>([]);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!stock || !edited) return;
    const next = buildAffectedQueries(stock, edited, { product, from, to });
    setBuilt(next);
    const current: QueryState[] = next.queries.map(() => ({ state: 'waiting' }));
    setStates([...current]);
    setBusy(true);
    try {
      for (const [index, query] of next.queries.entries()) {
        current[index] = { state: 'running' };
        setStates([...current]);
        const result = await fetchSuperSearchHits(client, { filters: query.params, wanted: perLine, columns: FAST_MODE_COLUMNS });
        onAdd(result.hits.map((hit) => ({ id: String(hit.uuid), crash: hitToCrashData(hit), hit })));
        current[index] = result.status === 'ok' ? { state: 'done', loaded: result.hits.length, total: result.total } : { state: 'failed', message: result.message };
        setStates([...current]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="find-crashes affected-crashes" id="affected-crashes">
      <summary>Crashes this edit affects</summary>
      <div className="search-form">
        <label>
          Product
          <input value={product} onChange={(event) => setProduct(event.target.value.trim())} />
        </label>
        <label>
          From
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <label>
          Crashes per line
          <input type="number" min={1} max={10000} value={perLine} onChange={(event) => setPerLine(Number(event.target.value))} />
        </label>
        <button type="button" disabled={busy || !stock || !edited} onClick={() => void run()}>
          Find and load affected crashes
        </button>
      </div>
      {built && (
        <div role="status" className="affected-queries">
          {built.queries.length === 0 && built.unsearchable.length === 0 && <p className="hint">The irrelevant, prefix and sentinel lists are unchanged: nothing to search.</p>}
          <ol>
            {built.queries.map((query, index) => (
              <li key={index} data-testid="affected-query">
                <div>{describeChange(query.change)}</div>
                <code>{query.values.map((value) => `proto_signature=${value}`).join(' OR ')}</code>
                {query.note && <div className="hint">{query.note}</div>}
                <div className="hint">{describeState(states[index])}</div>
              </li>
            ))}
          </ol>
          {built.unsearchable.map((entry, index) => (
            <p key={index} className="hint">
              Not searchable: {describeChange(entry.change)} — {entry.reason}
            </p>
          ))}
        </div>
      )}
    </details>
  );
}
