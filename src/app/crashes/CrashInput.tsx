import { useMemo, useState, type DragEvent } from 'react';
import { findCrashIds } from '../../engine/index.ts';
import { EXAMPLE_CRASHES } from './exampleCrashes.ts';
import { FetchProgressBar } from './FetchProgressBar.tsx';
import { STATE_LABELS } from './crashFetchState.ts';
import { LoadProgressBar } from './LoadProgressBar.tsx';
import { RateLimitCountdown } from './RateLimitCountdown.tsx';
import type { useCrashFetching } from './useCrashFetching.ts';
import type { CrashSetState } from './useCrashSet.ts';
import { useCollapseWhenLoaded } from './useCollapseWhenLoaded.ts';

interface Props {
  readonly crashSet: CrashSetState;
  readonly loadedIds: ReadonlySet<string>;
  readonly idText: string;
  readonly fetcher: ReturnType<typeof useCrashFetching>;
  onIdText(text: string): void;
  /** Find crashes and settings, shown with the sources. */
  readonly extras: React.ReactNode;
}

/** About 50,000 ids with separators. */
const MAX_ID_TEXT = 2_000_000;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Where crashes come from: crash ids (fetched from Crash Stats), dropped JSON files, or the examples. */
export function CrashInput({ crashSet, loadedIds, idText, fetcher, onIdText, extras }: Props) {
  const [dragging, setDragging] = useState(false);
  const pending = useMemo(() => [...fetcher.statuses].filter(([id]) => !loadedIds.has(id)), [fetcher.statuses, loadedIds]);
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);
  const found = useMemo(() => findCrashIds(idText), [idText]);
  const toFetch = found.ids.filter((id) => !loadedIds.has(id));
  const { info, loading } = crashSet;
  const busy = fetcher.busy || loading !== null;
  const problems = pending.length > 0 || crashSet.fileErrorCount > 0 || pasteProblem !== null;
  const [open, setOpen] = useCollapseWhenLoaded({ count: info.count, restored: crashSet.restored, busy, problems });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void crashSet.loadFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <details className="crash-sources" open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span className="sources-title">Load crashes</span>{' '}
        <span className="hint" role="status" aria-label="Crash set">
          {info.count.toLocaleString('en')} loaded
          {info.count > 0 && (info.saving ? ` · ${size(info.bytes)}, being kept in this browser…` : ` · ${size(info.bytes)} kept in this browser`)}
        </span>
        {!open && pending.length > 0 && <span className="hint warning"> · {pending.length.toLocaleString('en')} not loaded (open to see why)</span>}
      </summary>
      <div className="crash-input">
        <div className="field">
          <label htmlFor="crash-ids">Crash ids</label>
          <textarea
            id="crash-ids"
            rows={3}
            value={idText}
            placeholder="Paste crash ids, bp-… ids or report URLs, in any text"
            onChange={(event) => {
              // A paste this size is not a list of ids: refuse it rather than freeze the page.
              if (event.target.value.length > MAX_ID_TEXT) {
                setPasteProblem(`That text is ${Math.round(event.target.value.length / 1e6)} MB; crash ids fit in far less. Drop a .jsonl file for big data sets.`);
                return;
              }
              setPasteProblem(null);
              onIdText(event.target.value);
            }}
          />
          {pasteProblem && (
            <p className="problems" role="alert">
              {pasteProblem}
            </p>
          )}
          <div className="hint" aria-live="polite">
            {found.ids.length} crash id{found.ids.length === 1 ? '' : 's'}
            {found.invalid.length > 0 && <span className="warning"> · not valid: {found.invalid.join(', ')}</span>}
          </div>
          <div className="row">
            <button type="button" disabled={toFetch.length === 0 || fetcher.busy} onClick={() => void fetcher.fetchIds(toFetch)}>
              Fetch {toFetch.length > 0 ? toFetch.length : ''} from Crash Stats
            </button>
            {fetcher.busy && (
              <button type="button" onClick={fetcher.cancel}>
                Stop fetching
              </button>
            )}
          </div>
          {fetcher.progress && <FetchProgressBar progress={fetcher.progress} />}
          {fetcher.busy && fetcher.rateLimitedUntil !== null && <RateLimitCountdown until={fetcher.rateLimitedUntil} />}
          {fetcher.cacheProblem && (
            <p className="hint warning" role="status" aria-label="Crash cache">
              {fetcher.cacheProblem}
            </p>
          )}
          {pending.length > 0 && (
            <ul className="pending" aria-label="Crashes not loaded">
              {pending.map(([id, status]) => (
                <li key={id} className={`pending-row state-${status.state}`} data-crash-id={id} data-state={status.state}>
                  <span className="mono">{id}</span> <span className={`state state-${status.state}`}>{STATE_LABELS[status.state]}</span> {status.message}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="crash-files">Crash data files</label>
          <input id="crash-files" type="file" accept=".json,.jsonl,application/json" multiple disabled={loading !== null} onChange={(event) => void crashSet.loadFiles(Array.from(event.target.files ?? []))} />
          <span className="hint">.json or .jsonl of processed crashes or crash data — or drop them here. Read in the background.</span>
          {loading && <LoadProgressBar progress={loading} />}
          {crashSet.fileErrors.length > 0 && (
            <ul className="problems" aria-label="File problems">
              {crashSet.fileErrors.slice(0, 20).map((error) => (
                <li key={error}>{error}</li>
              ))}
              {crashSet.fileErrorCount > 20 && <li>… and {(crashSet.fileErrorCount - 20).toLocaleString('en')} more</li>}
            </ul>
          )}
        </div>
        <div className="row full">
          <button
            type="button"
            onClick={() => void crashSet.addCrashes(EXAMPLE_CRASHES.map((crash) => ({ ...crash, origin: 'example' }))).then(() => setOpen(false))}
          >
            Load examples
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`Remove all ${info.count.toLocaleString('en')} crashes from this browser?`)) void crashSet.clear();
            }}
            disabled={info.count === 0}
          >
            Clear crashes
          </button>
          {info.persistProblem && (
            <span className="warning" role="alert">
              {info.persistProblem}
            </span>
          )}
        </div>
        <div className="full sources-extras">{extras}</div>
      </div>
    </details>
  );
}
