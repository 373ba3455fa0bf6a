import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findCrashIds, isCrashId } from '../engine/index.ts';
import type { SiglistFile, SiglistMatch, SiglistTexts } from '../engine/types.ts';
import type { CrashTraces, LoadedCrash } from '../worker/engineApi.ts';
import { CrashInput } from './crashes/CrashInput.tsx';
import { FindCrashes } from './crashes/FindCrashes.tsx';
import { FastSearch } from './crashes/FastSearch.tsx';
import { AffectedCrashes } from './crashes/AffectedCrashes.tsx';
import { ReviewPullRequest, type LoadedLists } from './pr/ReviewPullRequest.tsx';
import { rebaseEdits } from './pr/rebaseEdits.ts';
import type { ListSource } from './share/experiment.ts';
import { useCrashFetching } from './crashes/useCrashFetching.ts';
import { useCrashSet } from './crashes/useCrashSet.ts';
import { DetailPane } from './detail/DetailPane.tsx';
import { RulesPanel } from './detail/RulesPanel.tsx';
import type { FrameAction } from './detail/TraceView.tsx';
import { insertSiglistLine } from './editors/insertSiglistLine.ts';
import type { JumpTarget } from './editors/SiglistEditors.tsx';
import { readDraft, useDraftAutosave } from './editors/useDraft.ts';
import { useStockSiglists } from './editors/useStockSiglists.ts';
import { Workbench } from './layout/Workbench.tsx';
import { NO_CHANGES } from '../report/groupChanges.ts';
import { ResultsPane, type ResultsState } from './results/ResultsPane.tsx';
import { NO_FILTERS } from './results/crashFilters.ts';
import { useEngine, useEngineClient } from './run/useEngine.ts';
import { SettingsPanel } from './settings/SettingsPanel.tsx';
import { useApiSettings } from './settings/useApiSettings.ts';
import { createExperiment, decodeExperimentLink, encodeExperimentLink, readExperimentFile, recordedListsOf, type DecodedExperiment } from './share/experiment.ts';
import { loadRecordedLists } from './pr/loadRecordedLists.ts';
import { DraftStatusLine } from './editors/DraftStatusLine.tsx';
import { clearLinkFragment } from './share/clearLinkFragment.ts';
import { DETACHED_SUFFIX, linkNeedsConsent } from './share/openLink.ts';
import { SharePanel } from './share/SharePanel.tsx';
import { EXAMPLE_CRASHES } from './crashes/exampleCrashes.ts';
import { LinkConflictDialog } from './shell/LinkConflictDialog.tsx';
import { ShortcutsDialog } from './shell/ShortcutsDialog.tsx';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts.ts';
import { pageStorage } from './shell/pageStorage.ts';
import { StorageNotice } from './shell/StorageNotice.tsx';

// Monaco is most of the JavaScript: it loads in its own chunk, after the first paint.
const SiglistEditors = lazy(() => import('./editors/SiglistEditors.tsx').then((module) => ({ default: module.SiglistEditors })));

const INITIAL_RESULTS: ResultsState = { view: 'changes', kind: 'changed', text: '', filters: NO_FILTERS };
/** A tab opened from the link question keeps its edits in sessionStorage, apart from the shared draft. */
const detachedTab = () => pageStorage.session.getItem('siglab.detached') === '1';

/** A decoded experiment, with the recorded stock lists its edits were read against (if any). */
type OpenedExperiment = Extract<DecodedExperiment, { ok: true }> & { readonly stock?: SiglistTexts };

export function App() {
  const stock = useStockSiglists();
  const pinnedTexts = stock.status === 'ready' ? stock.texts : null;
  // A socorro PR's base (or main today) replaces the pinned stock lists when loaded.
  const [listSource, setListSource] = useState<{ readonly source: ListSource; readonly stock: SiglistTexts } | null>(null);
  const stockTexts = listSource?.stock ?? pinnedTexts;
  const [edited, setEdited] = useState<SiglistTexts | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [traces, setTraces] = useState<CrashTraces | null>(null);
  const [jumpTo, setJumpTo] = useState<JumpTarget | null>(null);
  const [rulesFocus, setRulesFocus] = useState<string | null | undefined>(undefined);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [idText, setIdText] = useState('');
  const [revision, setRevision] = useState(0);
  const [results, setResults] = useState<ResultsState>(INITIAL_RESULTS);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [pendingLink, setPendingLink] = useState<OpenedExperiment | null>(null);
  const [draftStorage] = useState<Storage>(() => (detachedTab() ? pageStorage.session : pageStorage.local));
  const settings = useApiSettings();

  const crashSetRef = useRef<ReturnType<typeof useCrashSet> | null>(null);
  const client = useEngineClient((info) => crashSetRef.current?.onRestarted(info));
  const crashSet = useCrashSet(client);
  crashSetRef.current = crashSet;

  const applyExperiment = useCallback(
    (decoded: OpenedExperiment) => {
      const { experiment } = decoded;
      setLinkProblem(null);
      // Its edits were read against the lists it records (a PR's base, main), or the pinned ones.
      setListSource(experiment.lists && decoded.stock ? { source: experiment.lists, stock: decoded.stock } : null);
      setEdited(decoded.edited);
      setIdText(experiment.crashIds.join('\n'));
      setResults((current) => ({ ...current, filters: { ...current.filters, changedOnly: experiment.changedOnly } }));
      setSelectedId(experiment.selected);
      setRevision((r) => r + 1);
      if (experiment.examples) void crashSet.addCrashes(EXAMPLE_CRASHES.map((crash) => ({ ...crash, origin: 'example' })));
      if (experiment.crashes?.length) void crashSet.addCrashes(experiment.crashes);
    },
    [crashSet],
  );

  const refuse = useCallback((decoded: DecodedExperiment, origin: string) => {
    if (!decoded.ok) setLinkProblem(`This ${origin} could not be opened: ${decoded.message} Nothing was changed.`);
  }, []);

  /**
   * Decodes an experiment against the stock lists its edits apply to: the lists it records
   * (a socorro PR's base, main), fetched first, else the pinned ones. Null when the recorded
   * lists cannot be fetched (the problem is shown).
   */
  const decodeOnRecordedLists = useCallback(
    async (lists: ListSource | undefined, pinned: SiglistTexts, decode: (stock: SiglistTexts) => DecodedExperiment): Promise<(DecodedExperiment & { stock?: SiglistTexts }) | null> => {
      if (!lists) return decode(pinned);
      try {
        const stock = await loadRecordedLists(lists);
        const decoded = decode(stock);
        return decoded.ok ? { ...decoded, stock } : decoded;
      } catch (error) {
        setLinkProblem(`This experiment was made on the lists at ${lists.stock.repo}@${lists.stock.sha.slice(0, 12)}, which could not be fetched: ${(error as Error).message} Nothing was changed.`);
        return null;
      }
    },
    [],
  );

  const openDecodedLink = useCallback((decoded: DecodedExperiment & { stock?: SiglistTexts }, detached: boolean) => {
    if (!pinnedTexts) return;
    if (!decoded.ok) return refuse(decoded, 'link');
    if (detached) {
      pageStorage.session.setItem('siglab.detached', '1');
      return applyExperiment(decoded);
    }
    if (linkNeedsConsent(pinnedTexts, readDraft(pinnedTexts, draftStorage), decoded.edited)) setPendingLink(decoded);
    else applyExperiment(decoded);
  }, [pinnedTexts, applyExperiment, refuse, draftStorage]);

  // A link (#x=...) is applied once, then removed from the address bar, so a reload never
  // re-applies it over later edits; a different local draft is never replaced without asking.
  const openLinkFromAddressBar = useCallback(() => {
    if (!pinnedTexts || !location.hash.startsWith('#x=')) return;
    const detached = location.hash.endsWith(DETACHED_SUFFIX);
    const fragment = detached ? location.hash.slice(0, -DETACHED_SUFFIX.length) : location.hash;
    clearLinkFragment();
    void decodeOnRecordedLists(recordedListsOf({ link: fragment }), pinnedTexts, (stock) => decodeExperimentLink(fragment, stock)).then((decoded) => {
      if (decoded) openDecodedLink(decoded, detached);
    });
  }, [pinnedTexts, decodeOnRecordedLists, openDecodedLink]);

  useEffect(() => {
    if (!pinnedTexts) return;
    setEdited((current) => current ?? readDraft(pinnedTexts, draftStorage) ?? pinnedTexts);
    openLinkFromAddressBar();
    window.addEventListener('hashchange', openLinkFromAddressBar);
    return () => window.removeEventListener('hashchange', openLinkFromAddressBar);
  }, [pinnedTexts, openLinkFromAddressBar, draftStorage]);
  const draft = useDraftAutosave(stockTexts, edited, draftStorage);

  const engine = useEngine(client, stockTexts, edited, crashSet.version);
  const rows = useMemo(() => engine.result?.rows ?? [], [engine.result]);
  const errors = engine.result?.errors ?? [];
  const selectedRow = useMemo(() => rows.find((row) => row.id === selectedId) ?? null, [rows, selectedId]);
  const loadedIds = useMemo(() => new Set(rows.map((row) => row.id)), [rows]);
  // Which crashes can travel in a link (by Crash Stats id), and how many cannot.
  const { linkable, untravelled } = useMemo(() => {
    const ids: string[] = [];
    let stranded = 0;
    for (const row of rows) {
      if (row.origin !== 'example' && isCrashId(row.id)) ids.push(row.id);
      else if (row.origin === 'file') stranded++;
    }
    return { linkable: ids, untravelled: stranded };
  }, [rows]);

  // The trace follows the selection and every new run.
  useEffect(() => {
    if (!selectedId || !client || !engine.result) {
      setTraces(null);
      return;
    }
    let live = true;
    client.trace(selectedId).then(
      (next) => live && setTraces(next),
      () => live && setTraces(null),
    );
    return () => {
      live = false;
    };
  }, [selectedId, client, engine.result]);

  const onChange = useCallback(
    (file: SiglistFile, text: string) =>
      setEdited((current) => {
        if (!current || !stockTexts) return current;
        // The stock files end with a newline: keep it, so the patch never gains "\ No newline at end of file".
        const kept = stockTexts[file].endsWith('\n') && text !== '' && !text.endsWith('\n') ? `${text}\n` : text;
        return current[file] === kept ? current : { ...current, [file]: kept };
      }),
    [stockTexts],
  );
  const onLoadLists = useCallback(
    (lists: LoadedLists) => {
      if (!stockTexts || !edited) return;
      const rebased = lists.edited ? null : rebaseEdits(stockTexts, edited, lists.stock);
      setListSource({ source: lists.source, stock: lists.stock });
      setEdited(lists.edited ?? (rebased as ReturnType<typeof rebaseEdits>).texts);
      setRevision((r) => r + 1);
      if (rebased && rebased.dropped.length > 0) setLinkProblem(`Your edits to ${rebased.dropped.join(', ')} do not apply to ${lists.label}; those files now show its text.`);
    },
    [stockTexts, edited],
  );
  const onReset = useCallback((file: SiglistFile) => stockTexts && setEdited((current) => current && { ...current, [file]: stockTexts[file] }), [stockTexts]);
  const fetcher = useCrashFetching(settings.apiUrl, settings.token, crashSet.addCrashes);
  const appendIds = useCallback((ids: readonly string[]) => setIdText((text) => [text.trim(), ...ids].filter(Boolean).join('\n')), []);
  const onJump = useCallback((match: SiglistMatch) => setJumpTo({ file: match.file, line: match.line, nonce: Date.now() }), []);
  const onShowLineCrashes = useCallback(
    (file: SiglistFile, line: number) => {
      void client?.crashIdsDecidedBy(file, line).then((ids) =>
        setResults((current) => ({ ...current, view: 'crashes', filters: { ...current.filters, scope: { kind: 'line', file, line, ids: new Set(ids) } } })),
      );
    },
    [client],
  );
  const onFrameAction = useCallback(
    (action: FrameAction, frame: string) => {
      if (!edited) return;
      const inserted = insertSiglistLine(edited, action, frame);
      if (inserted.texts !== edited) {
        setEdited(inserted.texts);
        setRevision((r) => r + 1);
      }
      setJumpTo({ file: inserted.file, line: inserted.line, nonce: Date.now() });
    },
    [edited],
  );
  useGlobalShortcuts(useCallback(() => setShowShortcuts(true), []));

  if (stock.status === 'loading') return <p className="loading">Loading siglists…</p>;
  if (stock.status === 'error') return <p className="fatal">Could not load the stock siglists ({stock.message}). Run `npm install` to copy them into public/siglists/.</p>;
  if (!edited || !stockTexts) return null;

  const typedIds = findCrashIds(idText).ids;
  /** The experiment as it stands; an experiment file may also carry the crashes a link cannot. */
  const experiment = (crashes?: readonly LoadedCrash[]) =>
    createExperiment(stockTexts, edited, [...new Set([...typedIds, ...linkable])], results.filters.changedOnly, selectedId, {
      examples: rows.some((row) => row.origin === 'example'),
      lists: listSource?.source,
      crashes,
    });

  return (
    <div className="app">
      <header className="app-header">
        <h1>Siglab</h1>
        <p className="tagline">Edit Socorro's siglists and see which crash signatures change, and why.</p>
        <DraftStatusLine
          draft={draft}
          onLoad={(texts) => {
            setEdited(texts);
            setRevision((r) => r + 1);
          }}
        />
        <SharePanel
          experiment={() => experiment()}
          experimentWithData={async () => {
            const crashes = client ? await client.exportUntravelledCrashes() : [];
            return experiment(crashes);
          }}
          untravelled={untravelled}
          onOpenFile={(text) => {
            if (!pinnedTexts) return;
            void decodeOnRecordedLists(recordedListsOf({ file: text }), pinnedTexts, (stock) => readExperimentFile(text, stock)).then((decoded) => {
              if (decoded?.ok) applyExperiment(decoded);
              else if (decoded) refuse(decoded, 'experiment file');
            });
          }}
        />
        <button
          type="button"
          disabled={edited === stockTexts}
          onClick={() => {
            if (window.confirm('Reset all four siglists to the stock lists? Your edits will be lost.')) {
              setEdited(stockTexts);
              setRevision((r) => r + 1);
            }
          }}
        >
          Reset all
        </button>
        <button type="button" onClick={() => setRulesFocus(null)}>
          Rules
        </button>
        <button type="button" onClick={() => setShowShortcuts(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      <StorageNotice />
      {errors.length > 0 && (
        <div className="banner error" role="alert">
          {errors.length} invalid siglist line{errors.length === 1 ? '' : 's'} (left out of the run):
          <ul>
            {errors.slice(0, 20).map((error) => (
              <li key={`${error.file}:${error.line}`}>
                <button type="button" className="link" onClick={() => onJump(error)}>
                  {error.file}:{error.line}
                </button>{' '}
                — {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {linkProblem && (
        <div className="banner error" role="alert">
          {linkProblem}
        </div>
      )}
      {engine.problem && (
        <div className="banner warning" role="alert">
          {engine.problem}
        </div>
      )}
      <main className="workbench-main">
      <Workbench
        editors={
          <Suspense fallback={<p className="loading" role="status">Loading the siglist editor…</p>}>
          <SiglistEditors
            stock={stockTexts}
            edited={edited}
            errors={errors}
            usage={engine.usage}
            jumpTo={jumpTo}
            crashCount={crashSet.info.count}
            revision={revision}
            onJump={onJump}
            onChange={onChange}
            onReset={onReset}
            onShowLineCrashes={onShowLineCrashes}
          />
          </Suspense>
        }
        results={
          <ResultsPane
            changes={engine.result?.changes ?? NO_CHANGES}
            rows={rows}
            state={results}
            onState={setResults}
            stale={engine.stale}
            running={engine.running}
            elapsedMs={engine.result?.elapsedMs ?? null}
            onCancel={engine.cancel}
            statuses={fetcher.statuses}
            selectedId={selectedId}
            onSelect={setSelectedId}
            stock={stockTexts}
            edited={edited}
            sources={
              <CrashInput
                crashSet={crashSet}
                loadedIds={loadedIds}
                idText={idText}
                fetcher={fetcher}
                onIdText={setIdText}
                extras={
                  <>
                    <FindCrashes client={fetcher.client} onIds={appendIds} />
                    <FastSearch client={fetcher.client} rows={rows} onAdd={crashSet.addCrashes} onFetchFull={(ids) => void fetcher.fetchIds(ids)} />
                    <AffectedCrashes client={fetcher.client} stock={stockTexts} edited={edited} onAdd={crashSet.addCrashes} />
                    <ReviewPullRequest source={listSource?.source ?? null} onLoad={onLoadLists} />
                    <SettingsPanel settings={settings} onCacheCleared={() => undefined} />
                  </>
                }
              />
            }
          />
        }
        detail={<DetailPane row={selectedRow} traces={traces} onJump={onJump} onRule={(name) => setRulesFocus(name)} onFrameAction={onFrameAction} onClose={() => setSelectedId(null)} />}
      />
      </main>
      {rulesFocus !== undefined && <RulesPanel focus={rulesFocus} onClose={() => setRulesFocus(undefined)} />}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {pendingLink && (
        <LinkConflictDialog
          onKeepDraft={() => setPendingLink(null)}
          onUseLink={() => {
            applyExperiment(pendingLink);
            setPendingLink(null);
          }}
          onNewTab={() => {
            window.open(`${location.pathname}${location.search}${encodeExperimentLink(pendingLink.experiment)}${DETACHED_SUFFIX}`, '_blank', 'noopener');
            setPendingLink(null);
          }}
        />
      )}
    </div>
  );
}
