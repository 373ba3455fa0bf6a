import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { SettingsPanel } from './settings/SettingsPanel.tsx';
import { ExportMenu } from './results/ExportMenu.tsx';
import { readDraft, useDraftAutosave } from './editors/useDraft.ts';
import { DraftStatusLine } from './editors/DraftStatusLine.tsx';
import { createExperiment, decodeExperimentLink, readExperimentFile, type DecodedExperiment } from './share/experiment.ts';
import { SharePanel } from './share/SharePanel.tsx';
import { clearLinkFragment } from './share/clearLinkFragment.ts';
import { findCrashIds } from '../engine/index.ts';

/** Later crashes with the same id replace earlier ones. */
function mergeCrashes(current: readonly LoadedCrash[], added: readonly LoadedCrash[]): LoadedCrash[] {
  const byId = new Map(current.map((crash) => [crash.id, crash]));
  for (const crash of added) byId.set(crash.id, crash);
  return [...byId.values()];
}

export function App() {
  const stock = useStockSiglists();
  const stockTexts = stock.status === 'ready' ? stock.texts : null;
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

  // A link (#x=...) wins over the local draft; a bad link leaves the draft in place.
  useEffect(() => {
    if (!stockTexts) return;
    setEdited((current) => current ?? readDraft(stockTexts) ?? stockTexts);
    // A refused link leaves the address bar, so a reload does not refuse it again.
    if (location.hash.startsWith('#x=') && !applyExperiment(decodeExperimentLink(location.hash, stockTexts), 'link')) clearLinkFragment();
  }, [stockTexts, applyExperiment]);
  const draft = useDraftAutosave(stockTexts, edited);

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
        <DraftStatusLine draft={draft} onLoad={setEdited} />
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
            experiment={() => createExperiment(stockTexts, edited, findCrashIds(idText).ids, changedOnly, selectedId)}
            onOpenFile={(text) => applyExperiment(readExperimentFile(text, stockTexts), 'experiment file')}
          />
          <ResultsTable rows={rows} changedOnly={changedOnly} onChangedOnly={setChangedOnly} statuses={fetcher.statuses} selectedId={selectedId} stale={engine.stale} onSelect={setSelectedId} />
          {selectedId && <TracePanel crashId={selectedId} traces={traces} onJump={onJump} onClose={() => setSelectedId(null)} />}
        </div>
      </main>
    </div>
  );
}
