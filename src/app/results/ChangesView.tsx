import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ChangeGroup, ChangeKind, ChangeTotals } from '../../report/groupChanges.ts';
import { SignatureCell } from './SignatureCell.tsx';
import { explainKind } from './explainKind.ts';

export type KindFilter = 'changed' | ChangeKind | 'all';
type SortKey = 'count' | 'kind' | 'stock' | 'edited';

interface Props {
  readonly groups: readonly ChangeGroup[];
  readonly totals: ChangeTotals;
  readonly stale: boolean;
  readonly kind: KindFilter;
  readonly text: string;
  onKind(kind: KindFilter): void;
  onText(text: string): void;
  /** Shows the crashes of one pair in the crash table. */
  onOpen(group: ChangeGroup): void;
  /** Said instead of "The edit changes no signature." (crashes still loading, where to find affected crashes). */
  readonly noChanges?: ReactNode;
}

const KIND_ORDER: Readonly<Record<ChangeKind, number>> = { merged: 0, split: 1, renamed: 2, unchanged: 3 };

/** Pairs the kind and text filters let through, in the chosen order. */
export function filterGroups(groups: readonly ChangeGroup[], kind: KindFilter, text: string): ChangeGroup[] {
  const needle = text.trim().toLowerCase();
  return groups.filter(
    (group) =>
      (kind === 'all' || (kind === 'changed' ? group.kind !== 'unchanged' : group.kind === kind || (kind === 'split' && group.alsoSplit))) &&
      (!needle || group.stock.toLowerCase().includes(needle) || group.edited.toLowerCase().includes(needle)),
  );
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'kind', label: 'Change' },
  { key: 'stock', label: 'Stock lists → edited lists' },
  { key: 'count', label: 'Crashes' },
];

/** A split or merged row is part of a bucket: its total, beside the row's count. */
function BucketTotal({ group }: { group: ChangeGroup }) {
  const split = group.kind === 'split' || group.alsoSplit;
  const merged = group.kind === 'merged';
  return (
    <>
      {split && <span className="bucket-total">of {group.stockTotal.toLocaleString('en')} in stock</span>}
      {merged && <span className="bucket-total">{group.editedTotal.toLocaleString('en')} merged</span>}
    </>
  );
}

/** One row per stock → edited signature pair: what the edit does to the buckets. */
export function ChangesView({ groups, totals, stale, kind, text, onKind, onText, onOpen, noChanges }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'count', descending: true });
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => {
    const filtered = filterGroups(groups, kind, text);
    const direction = sort.descending ? -1 : 1;
    return filtered.sort((a, b) => {
      const order =
        sort.key === 'count' ? a.count - b.count : sort.key === 'kind' ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] : a[sort.key].localeCompare(b[sort.key]);
      return order * direction || b.count - a.count;
    });
  }, [groups, kind, text, sort]);
  const current = Math.min(active, Math.max(0, shown.length - 1));
  // A new key function makes the virtualizer measure every pair again: only when the pairs change.
  const itemKey = useCallback((index: number) => `${(shown[index] as ChangeGroup).stock}\u0000${(shown[index] as ChangeGroup).edited}`, [shown]);
  // Thousands of pairs after a broad edit: only the visible rows are in the DOM.
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => list.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: itemKey,
  });

  const chips: readonly [KindFilter, string, number][] = [
    ['changed', 'All changes', totals.renamed + totals.merged + totals.split],
    ['renamed', 'Renamed', totals.renamed],
    ['merged', 'Merged', totals.merged],
    ['split', 'Split', totals.split],
    ['unchanged', 'Unchanged', totals.unchanged],
    ['all', 'Everything', groups.length],
  ];

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = shown.length - 1;
    const targets: Record<string, number> = { ArrowDown: Math.min(last, current + 1), ArrowUp: Math.max(0, current - 1), Home: 0, End: last };
    if (event.key === 'Enter' && shown[current]) {
      event.preventDefault();
      onOpen(shown[current]);
      return;
    }
    const next = targets[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <section className="changes" aria-label="Changes">
      <div className="toolbar wrap">
        <div className="chips" role="group" aria-label="Kind of change">
          {chips.map(([value, label, count]) => (
            <button key={value} type="button" className={kind === value ? 'chip active' : 'chip'} aria-pressed={kind === value} onClick={() => onKind(value)}>
              {label} <span className="count">{count.toLocaleString('en')}</span>
            </button>
          ))}
        </div>
        <input type="search" className="filter" aria-label="Filter signatures" placeholder="Filter signatures…" value={text} onChange={(event) => onText(event.target.value)} />
        {stale && <span className="stale-note">Updating…</span>}
      </div>
      <div className="change-head" role="presentation">
        {COLUMNS.map((column) => (
          <button
            key={column.key}
            type="button"
            className={`th col-${column.key}`}
            aria-label={`Sort by ${column.label}`}
            onClick={() => setSort((s) => (s.key === column.key ? { key: column.key, descending: !s.descending } : { key: column.key, descending: column.key === 'count' }))}
          >
            {column.label}
            {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
          </button>
        ))}
      </div>
      <div ref={list} className={stale ? 'change-list stale' : 'change-list'} role={shown.length ? 'grid' : undefined} aria-label={shown.length ? 'Signature changes' : undefined} aria-rowcount={shown.length || undefined} tabIndex={shown.length ? 0 : undefined} onKeyDown={onKey} aria-activedescendant={shown.length ? `change-row-${current}` : undefined}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const group = shown[item.index] as ChangeGroup;
          const index = item.index;
          return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={index}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            id={`change-row-${index}`}
            role="row"
            aria-selected={index === current}
            className={`change-row kind-${group.kind}${index === current ? ' active' : ''}`}
            onClick={() => {
              setActive(index);
              onOpen(group);
            }}
          >
            <div role="gridcell" className="col-kind">
              <span className={`kind kind-${group.kind}`} title={explainKind(group)}>
                {group.kind}
              </span>
              {group.alsoSplit && (
                <span className="kind kind-split" title={explainKind(group)}>
                  split
                </span>
              )}
              {group.drift > 0 && (
                <span className="flag drift" title={`${group.drift} of these crashes have a production signature the stock lists do not give`}>
                  drift {group.drift}
                </span>
              )}
            </div>
            <div role="gridcell" className="col-pair mono">
              {group.kind === 'unchanged' ? (
                <SignatureCell signature={group.stock} other={null} />
              ) : (
                <>
                  <div className="before">
                    <SignatureCell signature={group.stock} other={group.edited} />
                  </div>
                  <div className="after">
                    <span aria-hidden="true">→ </span>
                    <SignatureCell signature={group.edited} other={group.stock} />
                  </div>
                  {group.alsoSplit && <p className="kind-note">{explainKind(group)}</p>}
                </>
              )}
            </div>
            <div role="gridcell" className="col-count">
              {group.count.toLocaleString('en')}
              <BucketTotal group={group} />
            </div>
          </div>
        );
        })}
        </div>
        {shown.length === 0 &&
          (kind === 'changed' && !text && noChanges ? (
            <div className="empty">{noChanges}</div>
          ) : (
            <p className="empty">{totals.crashes === 0 ? 'No crashes loaded yet.' : kind === 'changed' && !text ? 'The edit changes no signature.' : 'No row matches the filter.'}</p>
          ))}
      </div>
    </section>
  );
}
