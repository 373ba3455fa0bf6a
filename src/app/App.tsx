import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SiglistFile, SiglistMatch, SiglistTexts } from '../engine/types.ts';
import type { CrashTraces, LoadedCrash } from '../worker/engineApi.ts';
import { CrashInput } from './crashes/CrashInput.tsx';
import { ResultsTable } from './results/ResultsTable.tsx';
import { RulesPanel } from './detail/RulesPanel.tsx';
import { SiglistEditors, type JumpTarget } from './editors/SiglistEditors.tsx';
import { SummaryBar } from './results/SummaryBar.tsx';
import { TracePanel } from './detail/TracePanel.tsx';
import { summarizeResults } from './results/summarizeResults.ts';
import { useEngine } from './run/useEngine.ts';
import { useStockSiglists } from './editors/useStockSiglists.ts';
import { useApiSettings } from './settings/useApiSettings.ts';
import { useCrashFetching } from './crashes/useCrashFetching.ts';
import { FindCrashes } from './crashes/FindCrashes.tsx';
import { FastSearch } from './crashes/FastSearch.tsx';
import { AffectedCrashes } from './crashes/AffectedCrashes.tsx';
import { ReviewPullRequest, type LoadedLists } from './pr/ReviewPullRequest.tsx';
import { rebaseEdits } from './pr/rebaseEdits.ts';
import type { ListSource } from './share/experiment.ts';
import { SettingsPanel } from './settings/SettingsPanel.tsx';
import { ExportMenu } from './results/ExportMenu.tsx';
import { readDraft, useDraftAutosave } from './editors/useDraft.ts';
import { createExperiment, listSourceOf, parseExperimentLink, readExperiment, type DecodedExperiment } from './share/experiment.ts';
import { createGitHubClient } from '../github/createGitHubClient.ts';
import { createBrowserGitHubCache } from './pr/githubCache.ts';
import { useGitHubEndpoints } from './pr/useGitHubEndpoints.ts';
import { SharePanel } from './share/SharePanel.tsx';
import { findCrashIds } from '../engine/index.ts';

/** Later crashes with the same id replace earlier ones. */
function mergeCrashes(current: readonly LoadedCrash[], added: readonly LoadedCrash[]): LoadedCrash[] {
  const byId = new Map(current.map((crash) => [crash.id, crash]));
  for (const crash of added) byId.set(crash.id, crash);
  return [...byId.values()];
}

export function App() {
  const stock = useStockSiglists();
  const pinnedTexts = stock.status === 'ready' ? stock.texts : null;
  // A socorro PR's base (or main today) replaces the pinned stock lists when loaded.
  const [listSource, setListSource] = useState<{ readonly source: ListSource; readonly stock: SiglistTexts } | null>(null);
  const stockTexts = listSource?.stock ?? pinnedTexts;
  const [edited, setEdited] = useState<SiglistTexts | null>(null);
  const [crashes, setCrashes] = useState<readonly LoadedCrash[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [traces, setTraces] = useState<CrashTraces | null>(null);
  const [jumpTo, setJumpTo] = useState<JumpTarget | null>(null);
  const [showRules, setShowRules] = useState(false);
  const [idText, setIdText] = useState('');
  const [revision, setRevision] = useState(0);
  const [changedOnly, setChangedOnly] = useState(false);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const settings = useApiSettings();

  const applyExperiment = useCallback((decoded: DecodedExperiment, origin: string) => {
    if (!decoded.ok) {
      setLinkProblem(`This ${origin} could not be opened: ${decoded.message} Nothing was changed.`);
      return false;
    }
    setLinkProblem(null);
    setEdited(decoded.edited);
    setIdText(decoded.experiment.crashIds.join('\n'));
    setChangedOnly(decoded.experiment.changedOnly);
    setSelectedId(decoded.experiment.selected);
    setRevision((r) => r + 1);
    return true;
  }, []);

  // An experiment made on other lists (a socorro PR, main) records their commits; its edits
  // apply to those lists, so they are fetched first. Otherwise it applies to the pinned lists.
  const [githubEndpoints, setGitHubEndpoints] = useGitHubEndpoints();
  const github = useMemo(() => createGitHubClient({ ...githubEndpoints, cache: createBrowserGitHubCache() }), [githubEndpoints]);
  const openExperiment = useCallback(
    async (value: unknown, origin: string, pinned: SiglistTexts) => {
      const lists = listSourceOf(value);
      if (!lists) {
        if (applyExperiment(readExperiment(value, pinned), origin)) setListSource(null);
        return;
      }
      try {
        const listsStock = (await github.loadSiglistsAt(lists.stock)).texts;
        if (applyExperiment(readExperiment(value, listsStock), origin)) setListSource({ source: lists, stock: listsStock });
      } catch (error) {
        setLinkProblem(`This ${origin} was made with the lists at ${lists.stock.repo}@${lists.stock.sha.slice(0, 12)}, which could not be fetched: ${(error as Error).message} Nothing was changed.`);
      }
    },
    [github, applyExperiment],
  );

  // Through a ref: changing the GitHub endpoints must not re-open the link.
  const openExperimentRef = useRef(openExperiment);
  useEffect(() => {
    openExperimentRef.current = openExperiment;
  }, [openExperiment]);

  // A link (#x=...) wins over the local draft; a bad link leaves the draft in place.
  useEffect(() => {
    if (!pinnedTexts) return;
    setEdited((current) => current ?? readDraft(pinnedTexts) ?? pinnedTexts);
    if (!location.hash.startsWith('#x=')) return;
    const parsed = parseExperimentLink(location.hash);
    if (parsed.ok) void openExperimentRef.current(parsed.value, 'link', pinnedTexts);
    else applyExperiment(parsed, 'link');
  }, [pinnedTexts, applyExperiment]);
  const draftSaved = useDraftAutosave(stockTexts, edited);

  const engine = useEngine(stockTexts, edited, crashes);
  const rows = useMemo(() => engine.result?.rows ?? [], [engine.result]);
  const summary = useMemo(() => summarizeResults(rows), [rows]);
  const errors = engine.result?.errors ?? [];

  // The trace follows the selection and every new run.
  useEffect(() => {
    if (!selectedId || !engine.client || !engine.result) return;
    let live = true;
    engine.client.trace(selectedId).then(
      (next) => live && setTraces(next),
      () => live && setTraces(null),
    );
    return () => {
      live = false;
    };
  }, [selectedId, engine.client, engine.result]);

  const onChange = useCallback((file: SiglistFile, text: string) => setEdited((current) => (current && current[file] !== text ? { ...current, [file]: text } : current)), []);
  const onReset = useCallback((file: SiglistFile) => stockTexts && setEdited((current) => current && { ...current, [file]: stockTexts[file] }), [stockTexts]);
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
  const onAdd = useCallback((added: readonly LoadedCrash[]) => setCrashes((current) => mergeCrashes(current, added)), []);
  const fetcher = useCrashFetching(settings.apiUrl, settings.token, onAdd);
  const appendIds = useCallback((ids: readonly string[]) => setIdText((text) => [text.trim(), ...ids].filter(Boolean).join('\n')), []);
  const onJump = useCallback((match: SiglistMatch) => setJumpTo({ file: match.file, line: match.line, nonce: Date.now() }), []);

  if (stock.status === 'loading') return <p className="loading">Loading siglists…</p>;
  if (stock.status === 'error') return <p className="fatal">Could not load the stock siglists ({stock.message}). Run `npm install` to copy them into public/siglists/.</p>;
  if (!edited || !stockTexts) return null;

  return (
    <div className="app">
      <header className="app-header">
        <h1>Siglab</h1>
        <p className="tagline">Edit Socorro's siglists and see which crash signatures change, and why.</p>
        <span className="hint" role="status" aria-label="Draft">
          {edited && stockTexts && edited !== stockTexts ? (draftSaved ? 'Edits saved locally' : 'Saving…') : ''}
        </span>
        <button
          type="button"
          disabled={!edited || !stockTexts || edited === stockTexts}
          onClick={() => {
            if (stockTexts && window.confirm('Reset all four siglists to the stock lists? Your edits will be lost.')) {
              setEdited(stockTexts);
              setRevision((r) => r + 1);
            }
          }}
        >
          Reset all
        </button>
        <button type="button" aria-expanded={showRules} onClick={() => setShowRules((open) => !open)}>
          {showRules ? 'Hide rules' : 'Rules'}
        </button>
      </header>
      {errors.length > 0 && (
        <div className="banner error" role="alert">
          {errors.length} invalid siglist line{errors.length === 1 ? '' : 's'} (left out of the run):
          <ul>
            {errors.map((error) => (
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
      <main className="layout">
        <div className="left">
          <SiglistEditors stock={stockTexts} edited={edited} errors={errors} usage={engine.result?.usage ?? []} jumpTo={jumpTo} crashCount={crashes.length} revision={revision} onJump={onJump} onChange={onChange} onReset={onReset} />
          {showRules && <RulesPanel />}
        </div>
        <div className="right">
          <SettingsPanel settings={settings} onCacheCleared={() => undefined} />
          <FindCrashes client={fetcher.client} onIds={appendIds} />
          <FastSearch client={fetcher.client} rows={rows} onAdd={onAdd} onFetchFull={(ids) => void fetcher.fetchIds(ids)} />
          <AffectedCrashes client={fetcher.client} stock={stockTexts} edited={edited} onAdd={onAdd} />
          <ReviewPullRequest source={listSource?.source ?? null} client={github} endpoints={githubEndpoints} onEndpoints={setGitHubEndpoints} onLoad={onLoadLists} />
          <CrashInput crashes={crashes} idText={idText} fetcher={fetcher} onIdText={setIdText} onAdd={onAdd} onClear={() => setCrashes([])} />
          <div className="run-bar">
            <SummaryBar summary={summary} />
            {engine.running && (
              <button type="button" onClick={engine.cancel}>
                Cancel run
              </button>
            )}
            {engine.result && <span className="muted">signed in {Math.round(engine.result.elapsedMs)} ms</span>}
          </div>
          <ExportMenu rows={rows} stock={stockTexts} edited={edited} />
          <SharePanel
            experiment={() => createExperiment(stockTexts, edited, findCrashIds(idText).ids, changedOnly, selectedId, listSource?.source)}
            onOpenFile={(value) => pinnedTexts && void openExperiment(value, 'experiment file', pinnedTexts)}
          />
          <ResultsTable rows={rows} changedOnly={changedOnly} onChangedOnly={setChangedOnly} statuses={fetcher.statuses} selectedId={selectedId} stale={engine.stale} onSelect={setSelectedId} />
          {selectedId && <TracePanel crashId={selectedId} traces={traces} onJump={onJump} onClose={() => setSelectedId(null)} />}
        </div>
      </main>
    </div>
  );
}
