import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ResultRow } from '../../worker/engineApi.ts';
import { hasDrift } from '../../report/groupChanges.ts';
import { SignatureCell } from './SignatureCell.tsx';
import { STATE_LABELS, type CrashFetchStatus } from '../crashes/crashFetchState.ts';

export type CrashSortKey = 'load' | 'id' | 'stock' | 'edited' | 'changed';

interface Props {
  /** The rows after the filters. */
  readonly rows: readonly ResultRow[];
  /** Rows before the filters, to tell "nothing loaded" from "nothing matches". */
  readonly total: number;
  /** Fetch states by crash id (cached, fetched) shown on the rows. */
  readonly statuses: ReadonlyMap<string, CrashFetchStatus>;
  readonly selectedId: string | null;
  readonly stale: boolean;
  onSelect(id: string): void;
}

const SORTS: readonly { key: CrashSortKey; label: string }[] = [
  { key: 'load', label: 'Load order' },
  { key: 'changed', label: 'Changed first' },
  { key: 'stock', label: 'Stock signature' },
  { key: 'edited', label: 'Edited signature' },
  { key: 'id', label: 'Crash id' },
];

/** A row shows its three signatures stacked, whole (wrapped), so the changed parts are always visible. */
const ESTIMATED_ROW_HEIGHT = 74;

function compare(a: ResultRow, b: ResultRow, key: CrashSortKey): number {
  if (key === 'changed') return Number(b.stock !== b.edited) - Number(a.stock !== a.edited);
  if (key === 'load') return 0;
  return a[key].localeCompare(b[key]);
}

/**
 * Every crash with its production, stock and edited signatures; virtualised
 * so tens of thousands scroll smoothly. One Tab stop: arrow keys move the selection.
 */
export function CrashTable({ rows, total, statuses, selectedId, stale, onSelect }: Props) {
  const [sort, setSort] = useState<CrashSortKey>('load');
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => (sort === 'load' ? rows : [...rows].sort((a, b) => compare(a, b, sort))), [rows, sort]);
  const selectedIndex = useMemo(() => shown.findIndex((row) => row.id === selectedId), [shown, selectedId]);
  // A new key function makes the virtualizer measure every row again: only when the rows change.
  const itemKey = useCallback((index: number) => (shown[index] as ResultRow).id, [shown]);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    getItemKey: itemKey,
  });

  // Keep the selected row in view when the selection moves by keyboard or from elsewhere.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = shown.length - 1;
    if (last < 0) return;
    const from = selectedIndex < 0 ? -1 : selectedIndex;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ESTIMATED_ROW_HEIGHT));
    const targets: Record<string, number> = {
      ArrowDown: Math.min(last, from + 1),
      ArrowUp: Math.max(0, from - 1),
      PageDown: Math.min(last, from + page),
      PageUp: Math.max(0, from - page),
      Home: 0,
      End: last,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect((shown[next] as ResultRow).id);
  };

  return (
    <section className="crash-table" aria-label="Crashes">
      <div className="toolbar">
        <label>
          Sort{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as CrashSortKey)}>
            {SORTS.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span className="hint" role="status" aria-label="Crashes shown">
          {shown.length.toLocaleString('en')} of {total.toLocaleString('en')} crashes
        </span>
        {stale && <span className="stale-note">Updating…</span>}
      </div>
      <div
        ref={scroller}
        className={stale ? 'tbody stale' : 'tbody'}
        role={shown.length ? 'grid' : 'region'}
        aria-label="Crash signatures"
        aria-rowcount={shown.length || undefined}
        aria-activedescendant={selectedIndex >= 0 ? `crash-row-${selectedIndex}` : undefined}
        tabIndex={0}
        onKeyDown={move}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index] as ResultRow;
            const changed = row.stock !== row.edited;
            const drift = hasDrift(row);
            const status = statuses.get(row.id);
            const selected = row.id === selectedId;
            return (
              <div
                role="row"
                key={item.key}
                id={`crash-row-${item.index}`}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-crash-id={row.id}
                aria-rowindex={item.index + 1}
                aria-selected={selected}
                className={`crash-row${selected ? ' selected' : ''}${changed ? ' changed' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(row.id)}
              >
                <div role="gridcell" className="crash-id mono">
                  {row.id}
                  {status && <span className={`state state-${status.state}`}>{STATE_LABELS[status.state]}</span>}
                  {changed && <span className="flag changed">changed</span>}
                  {row.needsFullCrash && (
                    <span className="flag needs-full" title={row.needsFullCrash}>
                      needs full crash
                    </span>
                  )}
                  {drift && (
                    <span className="flag drift" title="Production signature differs from the stock lists">
                      drift
                    </span>
                  )}
                </div>
                <div role="gridcell" className="sigs">
                  <div className="sig-line" data-column="production">
                    <span className="sig-label">Prod</span>
                    {row.production === null ? <span className="muted">—</span> : <SignatureCell signature={row.production} other={drift ? row.stock : null} />}
                  </div>
                  <div className="sig-line" data-column="stock" title={row.stock}>
                    <span className="sig-label">Stock</span>
                    <SignatureCell signature={row.stock} other={changed ? row.edited : null} />
                  </div>
                  <div className="sig-line" data-column="edited" title={row.edited}>
                    <span className="sig-label">Edited</span>
                    {changed ? <SignatureCell signature={row.edited} other={row.stock} /> : <span className="muted same">same as stock</span>}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
        {shown.length === 0 && <p className="empty">{total === 0 ? 'No crashes loaded yet: load the examples, paste crash ids or drop a file.' : 'No crash matches the filters.'}</p>}
      </div>
    </section>
  );
}
