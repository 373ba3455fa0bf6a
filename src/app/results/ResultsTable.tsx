import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ResultRow } from '../../worker/engineApi.ts';
import { SignatureCell } from './SignatureCell.tsx';
import { STATE_LABELS, type CrashFetchStatus } from '../crashes/crashFetchState.ts';

type SortKey = 'id' | 'production' | 'stock' | 'edited' | 'changed';

interface Props {
  readonly rows: readonly ResultRow[];
  readonly changedOnly: boolean;
  onChangedOnly(value: boolean): void;
  /** Fetch states by crash id; ids not loaded (yet) get a row of their own. */
  readonly statuses: ReadonlyMap<string, CrashFetchStatus>;
  readonly selectedId: string | null;
  readonly stale: boolean;
  onSelect(id: string): void;
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'id', label: 'Crash id' },
  { key: 'production', label: 'Production' },
  { key: 'stock', label: 'Stock lists' },
  { key: 'edited', label: 'Edited lists' },
  { key: 'changed', label: 'Changed' },
];

const ROW_HEIGHT = 34;

function sortValue(row: ResultRow, key: SortKey): string {
  if (key === 'changed') return row.stock === row.edited ? '1' : '0';
  return row[key] ?? '';
}

/** All crashes with their three signatures; virtualised so tens of thousands of rows scroll smoothly. */
export function ResultsTable({ rows, changedOnly, onChangedOnly, statuses, selectedId, stale, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => {
    const filtered = changedOnly ? rows.filter((row) => row.stock !== row.edited) : [...rows];
    if (sort) {
      filtered.sort((a, b) => sortValue(a, sort.key).localeCompare(sortValue(b, sort.key)) * (sort.descending ? -1 : 1));
    }
    return filtered;
  }, [rows, changedOnly, sort]);

  const pending = useMemo(() => {
    const loaded = new Set(rows.map((row) => row.id));
    return [...statuses].filter(([id]) => !loaded.has(id));
  }, [rows, statuses]);

  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  const toggleSort = (key: SortKey) =>
    setSort((current) => (current?.key === key ? (current.descending ? null : { key, descending: true }) : { key, descending: false }));

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect((shown[index] as ResultRow).id);
    } else if (next >= 0 && next < shown.length) {
      event.preventDefault();
      virtualizer.scrollToIndex(next);
      onSelect((shown[next] as ResultRow).id);
      requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
    }
  };

  return (
    <section className="results" aria-label="Results section">
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={changedOnly} onChange={(event) => onChangedOnly(event.target.checked)} /> Changed only
        </label>
        {stale && <span className="stale-note">Updating…</span>}
      </div>
      <div role="table" aria-label="Results" aria-rowcount={shown.length + 1} className={stale ? 'table stale' : 'table'}>
        <div role="rowgroup" className="thead">
          <div role="row" className="tr">
            {COLUMNS.map((column) => (
              <div
                role="columnheader"
                key={column.key}
                className={`th col-${column.key}`}
                aria-sort={sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" onClick={() => toggleSort(column.key)}>
                  {column.label}
                  {sort?.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </div>
            ))}
          </div>
        </div>
        {pending.length > 0 && (
          <div role="rowgroup" className="pending" aria-label="Crashes not loaded">
            {pending.map(([id, status]) => (
              <div role="row" key={id} className={`tr pending state-${status.state}`} data-crash-id={id} data-state={status.state}>
                <div role="cell" className="td col-id" title={id}>
                  {id}
                </div>
                <div role="cell" className="td status-cell" title={status.message ?? ''}>
                  <span className={`state state-${status.state}`}>{STATE_LABELS[status.state]}</span> {status.message}
                </div>
              </div>
            ))}
          </div>
        )}
        <div ref={scroller} className="tbody" role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index] as ResultRow;
              const changed = row.stock !== row.edited;
              const status = statuses.get(row.id);
              return (
                <div
                  role="row"
                  key={row.id}
                  data-index={item.index}
                  data-crash-id={row.id}
                  aria-rowindex={item.index + 2}
                  aria-selected={row.id === selectedId}
                  tabIndex={0}
                  className={`tr${row.id === selectedId ? ' selected' : ''}${changed ? ' changed' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  onClick={() => onSelect(row.id)}
                  onKeyDown={(event) => onRowKey(event, item.index)}
                >
                  <div role="cell" className="td col-id" title={row.id}>
                    {row.id}
                    {status && <span className={`state state-${status.state}`}>{STATE_LABELS[status.state]}</span>}
                  </div>
                  <div role="cell" className="td col-production" title={row.production ?? ''}>
                    {row.production ?? <span className="muted">—</span>}
                  </div>
                  <div role="cell" className="td col-stock" data-column="stock" title={row.stock}>
                    <SignatureCell signature={row.stock} other={changed ? row.edited : null} />
                  </div>
                  <div role="cell" className="td col-edited" data-column="edited" title={row.edited}>
                    <SignatureCell signature={row.edited} other={changed ? row.stock : null} />
                  </div>
                  <div role="cell" className="td col-changed">
                    {changed ? <span className="changed-flag">changed</span> : <span className="muted">same</span>}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
        {shown.length === 0 && <p className="empty">{rows.length === 0 ? 'No crashes loaded yet: load the examples, paste crash ids or drop a file.' : 'No signature changed.'}</p>}
      </div>
    </section>
  );
}
