import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findCrashIds, isCrashId } from '../engine/index.ts';
import type { SiglistFile, SiglistMatch, SiglistTexts } from '../engine/types.ts';
import type { CrashTraces, LoadedCrash } from '../worker/engineApi.ts';
import { CrashInput } from './crashes/CrashInput.tsx';
import { FindCrashes } from './crashes/FindCrashes.tsx';
import { FastSearch } from './crashes/FastSearch.tsx';
import { AffectedCrashes } from './crashes/AffectedCrashes.tsx';
import { ReviewPullRequest, type LoadedLists } from './pr/ReviewPullRequest.tsx';
import type { Experiment, ListSource } from './share/experiment.ts';
import { useCrashFetching } from './crashes/useCrashFetching.ts';
import { useCrashSet } from './crashes/useCrashSet.ts';
import { DetailPane } from './detail/DetailPane.tsx';
import { RulesPanel } from './detail/RulesPanel.tsx';
import { useRuleUsage } from './detail/useRuleUsage.ts';
import type { FrameAction } from './detail/TraceView.tsx';
import { insertSiglistEntry, insertSiglistLine } from './editors/insertSiglistLine.ts';
import { describeEditedLines } from './editors/countEditedLines.ts';
import { BucketView } from './bucket/BucketView.tsx';
import { QualityPanel } from './quality/QualityPanel.tsx';
import { ExpectationsPanel } from './expectations/ExpectationsPanel.tsx';
import { ExpectThis } from './expectations/ExpectThis.tsx';
import { useExpectations } from './expectations/useExpectations.ts';
import type { JumpTarget } from './editors/SiglistEditors.tsx';
import { useStockSiglists } from './editors/useStockSiglists.ts';
import { useWorkingLists } from './editors/useWorkingLists.ts';
import { useAskBeforeReplacing, type IncomingLists } from './shell/useAskBeforeReplacing.ts';
import { ReplaceEditsDialog } from './shell/ReplaceEditsDialog.tsx';
import { ListsNotices } from './shell/ListsNotices.tsx';
import { useLinkCrashLoading } from './share/useLinkCrashLoading.ts';
import { LinkLoadingBar } from './share/LinkLoadingBar.tsx';
import { useFiltersFollowLists } from './results/useFiltersFollowLists.tsx';
import { NoChangesHint } from './results/NoChangesHint.tsx';
import type { Travellers } from '../worker/engineApi.ts';
import { Workbench } from './layout/Workbench.tsx';
import { NO_CHANGES } from '../report/groupChanges.ts';
import { ResultsPane, type ResultsState } from './results/ResultsPane.tsx';
import { NO_FILTERS, type CrashFilters } from './results/crashFilters.ts';
import { useEngine, useEngineClient } from './run/useEngine.ts';
import { SettingsPanel } from './settings/SettingsPanel.tsx';
import { useApiSettings } from './settings/useApiSettings.ts';
import { createExperiment, decodeExperimentLink, encodeExperimentLink, readExperimentFile, recordedListsOf, type DecodedExperiment } from './share/experiment.ts';
import { loadRecordedLists } from './pr/loadRecordedLists.ts';
import { DraftStatusLine } from './editors/DraftStatusLine.tsx';
import { clearLinkFragment } from './share/clearLinkFragment.ts';
import { DETACHED_SUFFIX } from './share/openLink.ts';
import { SharePanel } from './share/SharePanel.tsx';
import { EXAMPLE_CRASHES } from './crashes/exampleCrashes.ts';
import { ShortcutsDialog } from './shell/ShortcutsDialog.tsx';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts.ts';
import { LearnContext } from './stepper/LearnContext.tsx';
import type { StepperState } from './stepper/stepperTypes.ts';
import type { WhyNotTarget } from './whynot/WhyNotDialog.tsx';
import { pageStorage } from './shell/pageStorage.ts';
import { StorageNotice } from './shell/StorageNotice.tsx';

// Monaco is most of the JavaScript: it loads in its own chunk, after the first paint.
const SiglistEditors = lazy(() => import('./editors/SiglistEditors.tsx').then((module) => ({ default: module.SiglistEditors })));
// The teaching dialogs load when first opened.
const WhyNotDialog = lazy(() => import('./whynot/WhyNotDialog.tsx').then((module) => ({ default: module.WhyNotDialog })));
const LessonsDialog = lazy(() => import('./lessons/LessonsDialog.tsx').then((module) => ({ default: module.LessonsDialog })));

const INITIAL_RESULTS: ResultsState = { view: 'changes', kind: 'changed', text: '', filters: NO_FILTERS };
/** A tab opened from the link question keeps its edits in sessionStorage, apart from the shared draft. */
const detachedTab = () => pageStorage.session.getItem('siglab.detached') === '1' || location.hash.endsWith(DETACHED_SUFFIX);

/** A decoded experiment, with the recorded stock lists its edits were read against (if any). */
type OpenedExperiment = Extract<DecodedExperiment, { ok: true }> & { readonly stock?: SiglistTexts };

const NO_TRAVELLERS: Travellers = { ids: [], searches: [], untravelled: 0 };

/** The results as a link records them (the examples, selection and ids travel beside). */
function sharedViewOf(results: ResultsState) {
  const { scope, driftOnly } = results.filters;
  return {
    results: results.view,
    kind: results.kind,
    text: results.text,
    driftOnly,
    ...(scope?.kind === 'pair' ? { pair: { stock: scope.stock, edited: scope.edited } } : {}),
    ...(scope?.kind === 'line' ? { line: { file: scope.file, line: scope.line } } : {}),
  };
}

/** The results a link recorded. A line filter is worked out once its crashes are in. */
function resultsOf(experiment: Experiment, current: ResultsState): ResultsState {
  const view = experiment.view;
  const filters: CrashFilters = {
    changedOnly: experiment.changedOnly,
    driftOnly: view?.driftOnly ?? false,
    scope: view?.pair ? { kind: 'pair', stock: view.pair.stock, edited: view.pair.edited } : null,
  };
  return view ? { view: view.results, kind: view.kind, text: view.text, filters } : { ...current, filters };
}

export function App() {
  const stock = useStockSiglists();
  const pinnedTexts = stock.status === 'ready' ? stock.texts : null;
  const [draftStorage] = useState<Storage>(() => (detachedTab() ? pageStorage.session : pageStorage.local));
  // Stock (pinned, a PR's base, main), edited, where they came from, the draft: one home.
  const lists = useWorkingLists(pinnedTexts, draftStorage);
  const stockTexts = lists.value?.stock ?? null;
  const edited = lists.value?.edited ?? null;
  const listSource = lists.value?.source ?? null;
  const asking = useAskBeforeReplacing(lists);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [traces, setTraces] = useState<CrashTraces | null>(null);
  const [jumpTo, setJumpTo] = useState<JumpTarget | null>(null);
  const [rulesFocus, setRulesFocus] = useState<string | null | undefined>(undefined);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [idText, setIdText] = useState('');
  const [results, setResults] = useState<ResultsState>(INITIAL_RESULTS);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [travellers, setTravellers] = useState<Travellers>(NO_TRAVELLERS);
  /** The signature whose bucket view is open (with the edited lists). */
  const [bucketSignature, setBucketSignature] = useState<string | null>(null);
  const [showQuality, setShowQuality] = useState(false);
  // The step-through belongs to the crash it was opened on: another selection shows the traces again.
  const [stepper, setStepper] = useState<{ readonly id: string; readonly state: StepperState } | null>(null);
  const [whyNot, setWhyNot] = useState<WhyNotTarget | null>(null);
  const [showLessons, setShowLessons] = useState(false);
  const settings = useApiSettings();

  const crashSetRef = useRef<ReturnType<typeof useCrashSet> | null>(null);
  const expectationsRef = useRef<ReturnType<typeof useExpectations> | null>(null);
  const client = useEngineClient((info) => crashSetRef.current?.onRestarted(info));
  const crashSet = useCrashSet(client);
  crashSetRef.current = crashSet;
  const fetcher = useCrashFetching(settings.apiUrl, settings.token, crashSet.addCrashes);
  const linkCrashes = useLinkCrashLoading(fetcher, crashSet.addCrashes);

  const onShowLineCrashes = useCallback(
    (file: SiglistFile, line: number) => {
      void client?.crashIdsDecidedBy(file, line).then((ids) =>
        setResults((current) => ({ ...current, view: 'crashes', filters: { ...current.filters, scope: { kind: 'line', file, line, ids: new Set(ids) } } })),
      );
    },
    [client],
  );

  /** Everything of an experiment but its lists: ids, results view, selection, and its crashes, loaded with no click. */
  const applyExperimentView = useCallback(
    (experiment: Experiment) => {
      setLinkProblem(null);
      setIdText(experiment.crashIds.join('\n'));
      setResults((current) => resultsOf(experiment, current));
      setSelectedId(experiment.selected);
      // Its expectations join the pinned ones; their crashes load with the others.
      if (experiment.expectations?.length) expectationsRef.current?.add(experiment.expectations);
      setStepper(experiment.step && experiment.selected ? { id: experiment.selected, state: experiment.step } : null);
      if (experiment.examples) void crashSet.addCrashes(EXAMPLE_CRASHES.map((crash) => ({ ...crash, origin: 'example' })));
      if (experiment.crashes?.length) void crashSet.addCrashes(experiment.crashes);
      const line = experiment.view?.line;
      void (client ? client.crashIds() : Promise.resolve([])).then((loaded) => {
        const have = new Set(loaded);
        const pinned = (experiment.expectations ?? []).map((expectation) => expectation.crash_id).filter(isCrashId);
        return linkCrashes.load(
          [...new Set([...experiment.crashIds, ...pinned])].filter((id) => !have.has(id)),
          experiment.searches ?? [],
          () => line && onShowLineCrashes(line.file, line.line),
        );
      });
      if (line && experiment.crashIds.length === 0 && !experiment.searches?.length) onShowLineCrashes(line.file, line.line);
    },
    [crashSet, client, linkCrashes, onShowLineCrashes],
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
    async (recorded: ListSource | undefined, pinned: SiglistTexts, decode: (stock: SiglistTexts) => DecodedExperiment): Promise<(DecodedExperiment & { stock?: SiglistTexts }) | null> => {
      if (!recorded) return decode(pinned);
      try {
        const stock = await loadRecordedLists(recorded);
        const decoded = decode(stock);
        return decoded.ok ? { ...decoded, stock } : decoded;
      } catch (error) {
        setLinkProblem(`This experiment was made on the lists at ${recorded.stock.repo}@${recorded.stock.sha.slice(0, 12)}, which could not be fetched: ${(error as Error).message} Nothing was changed.`);
        return null;
      }
    },
    [],
  );

  /** A link or experiment file replaces the lists only as the user chooses, then brings its view and crashes. */
  const openExperiment = useCallback(
    (decoded: OpenedExperiment, origin: 'link' | 'file') => {
      if (!pinnedTexts) return;
      const { experiment } = decoded;
      const travelling: Experiment = { ...experiment, crashes: undefined };
      const link = origin === 'link';
      asking.offer({
        value: { stock: decoded.stock ?? pinnedTexts, edited: decoded.edited, source: experiment.lists ?? null },
        title: link ? 'This link has other siglist edits than your draft' : 'Open this experiment file over your edits?',
        done: link ? 'Opened the link' : 'Opened the experiment file',
        newTab: experiment.crashes?.length ? { unavailable: 'It carries crash data, which cannot travel in a link.' } : { link: encodeExperimentLink(travelling) },
        labels: link ? { replace: 'Use the link (replaces my draft)', newTab: 'Open the link in a new tab', cancel: 'Keep my draft' } : undefined,
        onApplied: () => applyExperimentView(experiment),
      });
    },
    [pinnedTexts, asking, applyExperimentView],
  );

  // A link (#x=...) is applied once, then removed from the address bar, so a reload never
  // re-applies it over later edits; edits here are never replaced without asking.
  const listsReady = lists.value !== null;
  const openLinkFromAddressBar = useCallback(() => {
    if (!pinnedTexts || !listsReady || !location.hash.startsWith('#x=')) return;
    const detached = location.hash.endsWith(DETACHED_SUFFIX);
    const fragment = detached ? location.hash.slice(0, -DETACHED_SUFFIX.length) : location.hash;
    clearLinkFragment();
    if (detached) pageStorage.session.setItem('siglab.detached', '1');
    void decodeOnRecordedLists(recordedListsOf({ link: fragment }), pinnedTexts, (stock) => decodeExperimentLink(fragment, stock)).then((decoded) => {
      if (decoded?.ok) openExperiment(decoded, 'link');
      else if (decoded) refuse(decoded, 'link');
    });
  }, [pinnedTexts, listsReady, decodeOnRecordedLists, openExperiment, refuse]);

  useEffect(() => {
    openLinkFromAddressBar();
    window.addEventListener('hashchange', openLinkFromAddressBar);
    return () => window.removeEventListener('hashchange', openLinkFromAddressBar);
  }, [openLinkFromAddressBar]);

  const engine = useEngine(client, stockTexts, edited, crashSet.version);
  const expectations = useExpectations(client, draftStorage, engine.result);
  expectationsRef.current = expectations;
  const rows = useMemo(() => engine.result?.rows ?? [], [engine.result]);
  const errors = engine.result?.errors ?? [];
  const selectedRow = useMemo(() => rows.find((row) => row.id === selectedId) ?? null, [rows, selectedId]);
  const loadedIds = useMemo(() => new Set(rows.map((row) => row.id)), [rows]);
  // After the lists change (a PR, Reset all, a link), filters that match nothing go, and the detail pane follows.
  const filterNote = useFiltersFollowLists({ revision: lists.revision, rows, run: engine.result, loading: linkCrashes.loading.phase === 'loading', results, setResults, selectedId, setSelectedId });

  // How the set can travel in a link: asked of the worker whenever the set changes.
  useEffect(() => {
    let live = true;
    client?.travellers().then(
      (next) => live && setTravellers(next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, crashSet.version]);

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
      lists.setEdited((current) => {
        if (!stockTexts) return current;
        // The stock files end with a newline: keep it, so the patch never gains "\ No newline at end of file".
        const kept = stockTexts[file].endsWith('\n') && text !== '' && !text.endsWith('\n') ? `${text}\n` : text;
        return current[file] === kept ? current : { ...current, [file]: kept };
      }),
    [stockTexts, lists],
  );
  const onLoadLists = useCallback(
    (loaded: LoadedLists) => {
      const incomingEdited = loaded.edited ?? loaded.stock;
      const incoming: IncomingLists = {
        value: { stock: loaded.stock, edited: incomingEdited, source: loaded.source },
        title: `Load ${loaded.label} over your edits?`,
        done: `Loaded ${loaded.label}`,
        newTab: { link: encodeExperimentLink(createExperiment(loaded.stock, incomingEdited, [], false, null, { lists: loaded.source })) },
      };
      asking.offer(incoming);
    },
    [asking],
  );
  const onReset = useCallback((file: SiglistFile) => stockTexts && lists.setEdited((current) => ({ ...current, [file]: stockTexts[file] })), [stockTexts, lists]);
  const appendIds = useCallback((ids: readonly string[]) => setIdText((text) => [text.trim(), ...ids].filter(Boolean).join('\n')), []);
  const onJump = useCallback((match: SiglistMatch) => setJumpTo({ file: match.file, line: match.line, nonce: Date.now() }), []);
  const ruleUsage = useRuleUsage(client, rulesFocus !== undefined, engine.result);
  const onShowRuleCrashes = useCallback(
    (rule: string) => {
      void client?.crashIdsFiredBy(rule).then((ids) => {
        setRulesFocus(undefined);
        setResults((current) => ({ ...current, view: 'crashes', filters: { ...current.filters, scope: { kind: 'rule', rule, ids: new Set(ids) } } }));
      });
    },
    [client],
  );
  const onFrameAction = useCallback(
    (action: FrameAction, frame: string) => {
      if (!edited) return;
      const inserted = insertSiglistLine(edited, action, frame);
      if (inserted.texts !== edited) lists.editFromOutside(inserted.texts);
      setJumpTo({ file: inserted.file, line: inserted.line, nonce: Date.now() });
    },
    [edited, lists],
  );
  /** A suggested line goes in as written, at the end of its list, and the editor jumps to it. */
  const onApplySuggestion = useCallback(
    (suggestion: { readonly file: SiglistFile; readonly line: string }) => {
      if (!edited) return;
      const inserted = insertSiglistEntry(edited, suggestion.file, suggestion.line);
      if (inserted.texts !== edited) lists.editFromOutside(inserted.texts);
      setBucketSignature(null);
      setJumpTo({ file: inserted.file, line: inserted.line, nonce: Date.now() });
    },
    [edited, lists],
  );
  useGlobalShortcuts(useCallback(() => setShowShortcuts(true), []));

  if (stock.status === 'loading') return <p className="loading">Loading siglists…</p>;
  if (stock.status === 'error') return <p className="fatal">Could not load the stock siglists ({stock.message}). Run `npm install` to copy them into public/siglists/.</p>;
  if (!edited || !stockTexts) return <ListsNotices lists={lists} />;

  const typedIds = findCrashIds(idText).ids;
  // null: clear the highlight, in whichever file the editor shows (line 0 is no line).
  const learn = { stock: stockTexts, edited, errors, showLine: (match: SiglistMatch | null) => (match ? onJump(match) : setJumpTo((current) => current && { ...current, line: 0, nonce: Date.now() })) };
  /** The experiment as it stands; an experiment file may also carry the crashes a link cannot. */
  const experiment = (crashes?: readonly LoadedCrash[]) =>
    createExperiment(stockTexts, edited, [...new Set([...typedIds, ...travellers.ids])], results.filters.changedOnly, selectedId, {
      examples: rows.some((row) => row.origin === 'example'),
      lists: listSource ?? undefined,
      crashes,
      expectations: expectations.list,
      view: sharedViewOf(results),
      searches: travellers.searches,
      step: stepper?.id === selectedId ? stepper?.state : undefined,
    });
  const linkLoading = linkCrashes.loading.phase === 'loading';

  return (
    <div className="app">
      <header className="app-header">
        <h1>Siglab</h1>
        <p className="tagline">Edit Socorro's siglists and see which crash signatures change, and why.</p>
        <DraftStatusLine draft={lists.draft} onLoad={(texts) => lists.replace({ stock: stockTexts, edited: texts, source: listSource }, "Loaded the other tab's edits")} />
        <SharePanel
          experiment={() => experiment()}
          experimentWithData={async () => {
            const crashes = client ? await client.exportUntravelledCrashes() : [];
            return experiment(crashes);
          }}
          untravelled={travellers.untravelled}
          onOpenFile={(text) => {
            if (!pinnedTexts) return;
            void decodeOnRecordedLists(recordedListsOf({ file: text }), pinnedTexts, (stock) => readExperimentFile(text, stock)).then((decoded) => {
              if (decoded?.ok) openExperiment(decoded, 'file');
              else if (decoded) refuse(decoded, 'experiment file');
            });
          }}
        />
        <button
          type="button"
          disabled={edited === stockTexts}
          onClick={() => {
            if (window.confirm('Reset all four siglists to the stock lists? Your edits will be lost.')) lists.replace({ stock: stockTexts, edited: stockTexts, source: listSource }, 'Reset all four lists to stock');
          }}
        >
          Reset all
        </button>
        <button type="button" onClick={() => setShowQuality(true)} title="Bucket quality of the loaded crashes, stock lists beside edited lists">
          Quality
        </button>
        <button type="button" onClick={() => setRulesFocus(null)}>
          Rules
        </button>
        <button type="button" onClick={() => setShowLessons(true)}>
          Lessons
        </button>
        <button type="button" onClick={() => setShowShortcuts(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      <StorageNotice />
      <ListsNotices lists={lists} />
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
            revision={lists.revision}
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
            onOpenBucket={setBucketSignature}
            notice={
              <>
                <LinkLoadingBar loading={linkCrashes.loading} fetchProgress={fetcher.progress} onStop={linkCrashes.stop} onDismiss={linkCrashes.dismiss} />
                {filterNote}
              </>
            }
            noChanges={<NoChangesHint loading={linkLoading} crashes={rows.length} edited={edited !== stockTexts} fromPullRequest={listSource?.pr !== undefined} />}
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
                    <ReviewPullRequest source={listSource} onLoad={onLoadLists} />
                    <SettingsPanel settings={settings} onCacheCleared={() => undefined} />
                  </>
                }
              />
            }
          />
        }
        detail={
          <div className="detail-column">
            <ExpectationsPanel expectations={expectations} onSelect={setSelectedId} onFetchMissing={appendIds} />
            <LearnContext.Provider value={learn}>
            <DetailPane
              row={selectedRow}
              traces={traces}
              onJump={onJump}
              onRule={(name) => setRulesFocus(name)}
              onFrameAction={onFrameAction}
              onClose={() => setSelectedId(null)}
              onOpenBucket={setBucketSignature}
              extra={
                selectedRow && (
                  <ExpectThis
                    row={selectedRow}
                    result={expectations.results?.find((result) => result.expectation.crash_id === selectedRow.id)}
                    onExpect={(crashId, signature) => expectations.add([{ crash_id: crashId, signature }])}
                  />
                )
              }
              stepper={stepper && stepper.id === selectedId ? stepper.state : null}
              onStepper={(state) => setStepper(state && selectedId ? { id: selectedId, state } : null)}
              onWhyNot={setWhyNot}
            />
            </LearnContext.Provider>
          </div>
        }
      />
      </main>
      {bucketSignature !== null && <BucketView client={client} signature={bucketSignature} run={engine.result} onApply={onApplySuggestion} onClose={() => setBucketSignature(null)} />}
      {showQuality && <QualityPanel client={client} run={engine.result} onClose={() => setShowQuality(false)} />}
      {rulesFocus !== undefined && <RulesPanel focus={rulesFocus} onClose={() => setRulesFocus(undefined)} usage={ruleUsage} crashCount={crashSet.info.count} onShowCrashes={onShowRuleCrashes} />}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      <Suspense fallback={null}>
        {showLessons && pinnedTexts && <LessonsDialog client={client} stock={pinnedTexts} onClose={() => setShowLessons(false)} />}
        {whyNot && (
          <LearnContext.Provider value={learn}>
            <WhyNotDialog traces={traces} target={whyNot} onClose={() => setWhyNot(null)} />
          </LearnContext.Provider>
        )}
      </Suspense>
      {asking.pending && (
        <ReplaceEditsDialog
          title={asking.pending.title}
          message={`Your edits change ${describeEditedLines(asking.pending.mine)} (${asking.pending.mine.files.join(', ')}); they would be lost.`}
          choices={[
            { label: 'Keep my edits and re-apply them on the new lists', onChoose: asking.keepMine },
            { label: asking.pending.labels?.replace ?? 'Replace my edits', onChoose: asking.replaceMine },
            {
              label: asking.pending.labels?.newTab ?? 'Open in a new tab',
              onChoose: asking.openNewTab,
              ...('unavailable' in asking.pending.newTab ? { unavailable: asking.pending.newTab.unavailable } : {}),
            },
          ]}
          cancelLabel={asking.pending.labels?.cancel ?? 'Cancel'}
          onCancel={asking.cancel}
        />
      )}
    </div>
  );
}
