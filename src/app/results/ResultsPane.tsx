import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import { formatChangesMarkdown } from '../../report/formatChangesMarkdown.ts';
import type { ChangeGroup, ChangeReport } from '../../report/groupChanges.ts';
import type { ResultRow } from '../../worker/engineApi.ts';
import type { CrashFetchStatus } from '../crashes/crashFetchState.ts';
import { ChangesView, filterGroups, type KindFilter } from './ChangesView.tsx';
import { CrashTable } from './CrashTable.tsx';
import { describeFilters, filterCrashes, type CrashFilters } from './crashFilters.ts';
import { ExportMenu } from './ExportMenu.tsx';

export type ResultsView = 'changes' | 'crashes';

const plural = (count: number, unit: string) => `${count.toLocaleString('en')} ${unit}${count === 1 ? '' : 's'}`;

export interface ResultsState {
  readonly view: ResultsView;
  readonly kind: KindFilter;
  readonly text: string;
  readonly filters: CrashFilters;
}

interface Props {
  readonly rows: readonly ResultRow[];
  /** The rows grouped by stock → edited pair (the engine client groups each run). */
  readonly changes: ChangeReport;
  readonly state: ResultsState;
  onState(update: (state: ResultsState) => ResultsState): void;
  readonly stale: boolean;
  readonly running: boolean;
  readonly elapsedMs: number | null;
  onCancel(): void;
  readonly statuses: ReadonlyMap<string, CrashFetchStatus>;
  readonly selectedId: string | null;
  onSelect(id: string): void;
  readonly stock: SiglistTexts;
  readonly edited: SiglistTexts;
  /** The crash sources (ids, files, examples), shown above the results. */
  readonly sources: ReactNode;
  /** A status above the results (an opened link's crashes loading). */
  readonly notice?: ReactNode;
  /** What the Changes view says when the edit changes nothing (or the crashes are still coming). */
  readonly noChanges?: ReactNode;
}

/** Results: what the edit changes (Changes view) and every crash (crash table), with the filters and exports. */
export function ResultsPane({ rows, changes, state, onState, stale, running, elapsedMs, onCancel, statuses, selectedId, onSelect, stock, edited, sources, notice, noChanges }: Props) {
  const { groups, totals } = changes;
  const shownCrashes = useMemo(() => filterCrashes(rows, state.filters), [rows, state.filters]);
  const filterText = describeFilters(state.filters);
  const set = (patch: Partial<ResultsState>) => onState((current) => ({ ...current, ...patch }));
  const setFilters = (patch: Partial<CrashFilters>) => onState((current) => ({ ...current, filters: { ...current.filters, ...patch } }));
  // Opening a pair swaps the Changes view for the crash table: focus follows, instead of falling to the page.
  const focusTable = useRef(false);
  const openGroup = (group: ChangeGroup) => {
    focusTable.current = true;
    onState((current) => ({ ...current, view: 'crashes', filters: { ...current.filters, scope: { kind: 'pair', stock: group.stock, edited: group.edited } } }));
  };
  useEffect(() => {
    if (state.view !== 'crashes' || !focusTable.current) return;
    focusTable.current = false;
    document.querySelector<HTMLElement>('#results-view [role="grid"]')?.focus();
  }, [state.view, state.filters]);

  const changesMarkdown = () => {
    const shown = filterGroups(groups, state.kind, state.text);
    const filter = [state.kind !== 'changed' ? `kind: ${state.kind}` : '', state.text ? `text: "${state.text}"` : ''].filter(Boolean).join(', ');
    return formatChangesMarkdown(shown, totals, { filter });
  };

  return (
    <section className="results-pane" aria-label="Results">
      {sources}
      {notice}
      <div className="run-bar">
        <p className="summary" role="status" aria-label="Summary">
          <strong>{totals.crashes.toLocaleString('en')}</strong> crash{totals.crashes === 1 ? '' : 'es'} · <strong>{totals.changedCrashes.toLocaleString('en')}</strong> crash
          {totals.changedCrashes === 1 ? '' : 'es'} changed by the edit · {totals.stockSignatures.toLocaleString('en')} → {totals.editedSignatures.toLocaleString('en')} signatures
          {totals.drift > 0 && (
            <>
              {' '}
              ·{' '}
              <button type="button" className="link" onClick={() => set({ view: 'crashes', filters: { ...state.filters, driftOnly: true } })} title="Production signature differs from the stock lists: not caused by your edit">
                {totals.drift.toLocaleString('en')} production drift
              </button>
            </>
          )}
        </p>
        {running && (
          <button type="button" onClick={onCancel}>
            Cancel run
          </button>
        )}
        {elapsedMs !== null && <span className="muted">signed in {Math.round(elapsedMs)} ms</span>}
        <ExportMenu rows={shownCrashes} total={rows.length} filter={filterText} stock={stock} edited={edited} changesMarkdown={changesMarkdown} />
      </div>
      <div className="view-tabs">
        <div role="tablist" aria-label="Results view" className="tablist">
        <button role="tab" id="tab-changes" aria-selected={state.view === 'changes'} aria-controls="results-view" className={state.view === 'changes' ? 'tab active' : 'tab'} onClick={() => set({ view: 'changes' })}>
          Changes <span className="count" title="stock → edited signature pairs the edit changed">{plural(totals.renamed + totals.merged + totals.split, 'pair')}</span>
        </button>
        <button role="tab" id="tab-crashes" aria-selected={state.view === 'crashes'} aria-controls="results-view" className={state.view === 'crashes' ? 'tab active' : 'tab'} onClick={() => set({ view: 'crashes' })}>
          Crashes{' '}
          <span className="count" title={shownCrashes.length === rows.length ? 'crashes loaded' : 'crashes the filters show, of those loaded'}>
            {shownCrashes.length === rows.length ? rows.length.toLocaleString('en') : `${shownCrashes.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')}`}
          </span>
        </button>
        </div>
        {state.view === 'crashes' && (
          <div className="crash-filters">
            <label>
              <input type="checkbox" checked={state.filters.changedOnly} onChange={(event) => setFilters({ changedOnly: event.target.checked })} /> Changed only
            </label>
            <label>
              <input type="checkbox" checked={state.filters.driftOnly} onChange={(event) => setFilters({ driftOnly: event.target.checked })} /> Production drift only
            </label>
            {state.filters.scope && (
              <span className="scope-chip">
                {state.filters.scope.kind === 'pair' ? 'Pair' : 'Line'}: {describeFilters({ scope: state.filters.scope, changedOnly: false, driftOnly: false })}
                <button type="button" className="link" aria-label="Clear the pair or line filter" onClick={() => setFilters({ scope: null })}>
                  ✕
                </button>
              </span>
            )}
          </div>
        )}
      </div>
      <div id="results-view" role="tabpanel" aria-labelledby={state.view === 'changes' ? 'tab-changes' : 'tab-crashes'} className="results-view">
        {state.view === 'changes' ? (
          <ChangesView groups={groups} totals={totals} stale={stale} kind={state.kind} text={state.text} onKind={(kind) => set({ kind })} onText={(text) => set({ text })} onOpen={openGroup} noChanges={noChanges} />
        ) : (
          <CrashTable rows={shownCrashes} total={rows.length} statuses={statuses} selectedId={selectedId} stale={stale} onSelect={onSelect} />
        )}
      </div>
    </section>
  );
}
