import { useMemo, useState, type DragEvent } from 'react';
import { findCrashIds } from '../../engine/index.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';
import { EXAMPLE_CRASHES } from './exampleCrashes.ts';
import { readCrashFile } from './readCrashFile.ts';
import { FetchProgressBar } from './FetchProgressBar.tsx';
import { RateLimitCountdown } from './RateLimitCountdown.tsx';
import type { useCrashFetching } from './useCrashFetching.ts';

interface Props {
  readonly crashes: readonly LoadedCrash[];
  readonly idText: string;
  readonly fetcher: ReturnType<typeof useCrashFetching>;
  onIdText(text: string): void;
  onAdd(crashes: readonly LoadedCrash[]): void;
  onClear(): void;
}

/** About 50,000 ids with separators. */
const MAX_ID_TEXT = 2_000_000;

/** Where crashes come from: crash ids (fetched from Crash Stats), dropped JSON files, or the examples. */
export function CrashInput({ crashes, idText, fetcher, onIdText, onAdd, onClear }: Props) {
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);
  const found = useMemo(() => findCrashIds(idText), [idText]);
  const loadedIds = useMemo(() => new Set(crashes.map((crash) => crash.id)), [crashes]);
  const toFetch = found.ids.filter((id) => !loadedIds.has(id));

  const readFiles = async (files: FileList | null) => {
    if (!files) return;
    const errors: string[] = [];
    const loaded: LoadedCrash[] = [];
    for (const file of Array.from(files)) {
      const parsed = await readCrashFile(file);
      // No push(...items): a spread of 300,000 arguments overflows the stack.
      for (const crash of parsed.crashes) loaded.push(crash);
      for (const error of parsed.errors) errors.push(error);
    }
    setFileErrors(errors);
    if (loaded.length > 0) onAdd(loaded);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFiles(event.dataTransfer.files);
  };

  return (
    <section className="crash-input" aria-label="Crashes">
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
        <input id="crash-files" type="file" accept=".json,.jsonl,application/json" multiple onChange={(event) => void readFiles(event.target.files)} />
        <span className="hint">.json or .jsonl of processed crashes or crash data — or drop them here</span>
        {fileErrors.length > 0 && (
          <ul className="problems" aria-label="File problems">
            {fileErrors.slice(0, 20).map((error) => (
              <li key={error}>{error}</li>
            ))}
            {fileErrors.length > 20 && <li>… and {fileErrors.length - 20} more</li>}
          </ul>
        )}
      </div>
      <div className="row">
        <button type="button" onClick={() => onAdd(EXAMPLE_CRASHES)}>
          Load examples
        </button>
        <button type="button" onClick={onClear} disabled={crashes.length === 0}>
          Clear crashes
        </button>
        <span className="hint">{crashes.length} crashes loaded</span>
      </div>
    </section>
  );
}
