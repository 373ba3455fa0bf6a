import type { FetchProgress } from '../crashes/useCrashFetching.ts';
import type { LinkLoading } from './useLinkCrashLoading.ts';

interface Props {
  readonly loading: LinkLoading;
  /** The id fetch's own progress, while it runs. */
  readonly fetchProgress: FetchProgress | null;
  onStop(): void;
  onDismiss(): void;
}

const n = (value: number) => value.toLocaleString('en');

/** Where the crashes of an opened link stand, above the results, with Stop. */
export function LinkLoadingBar({ loading, fetchProgress, onStop, onDismiss }: Props) {
  if (loading.phase === 'idle') return null;
  const parts: string[] = [];
  if (loading.searches > 0) parts.push(`fast-mode searches ${n(loading.searchesDone)} of ${n(loading.searches)} (${n(loading.searched)} crashes)`);
  if (loading.ids > 0) parts.push(`${n(fetchProgress && loading.phase === 'loading' ? fetchProgress.done : loading.ids)} of ${n(loading.ids)} crashes fetched by id`);
  const total = loading.searches + loading.ids;
  const done = loading.searchesDone + (fetchProgress && loading.phase === 'loading' ? fetchProgress.done : loading.phase === 'loading' ? 0 : loading.ids);
  const heading = { loading: "Loading the link's crashes", done: "The link's crashes are in", stopped: "Stopped loading the link's crashes" }[loading.phase];
  return (
    <div className={`link-loading ${loading.phase}`} role="status" aria-label="Link crashes">
      <span>
        {heading}: {parts.join(' · ')}.
      </span>
      {loading.phase === 'loading' && <progress aria-label="Link crashes progress" value={done} max={total} />}
      {loading.problems.map((problem) => (
        <span key={problem} className="warning">
          {problem}
        </span>
      ))}
      {loading.phase === 'loading' ? (
        <button type="button" onClick={onStop}>
          Stop
        </button>
      ) : (
        <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss the link's loading status">
          ✕
        </button>
      )}
    </div>
  );
}
