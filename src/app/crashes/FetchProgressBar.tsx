import { estimateSecondsLeft } from './crashFetchState.ts';
import type { FetchProgress } from './useCrashFetching.ts';

/** Count and time left of a fetch; requests are rate limited, so long lists take minutes. */
export function FetchProgressBar({ progress }: { progress: FetchProgress }) {
  const left = estimateSecondsLeft(progress.done, progress.total, performance.now() - progress.startedAt);
  return (
    <div className="fetch-progress">
      <progress aria-label="Fetch progress" value={progress.done} max={progress.total} />
      <span className="hint" role="status" aria-label="Fetch status">
        {progress.done} of {progress.total}
        {left !== null && ` · about ${left < 60 ? `${left} s` : `${Math.ceil(left / 60)} min`} left`}
      </span>
    </div>
  );
}
