import type { SuperSearchProgress } from '../../crash-stats/supersearch/fetchSuperSearchHits.ts';

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/** "12,000 of 25,000 found · 3 pages left · ~2 s left · window 2 of 4". */
function SuperSearchProgressLine({ progress }: { progress: SuperSearchProgress }) {
  const n = (value: number) => value.toLocaleString('en-US');
  return (
    <span className="hint" data-testid="supersearch-progress">
      {n(progress.fetched)} of {n(progress.wanted)} loaded · {n(progress.total)} found · {progress.pagesLeft} page{progress.pagesLeft === 1 ? '' : 's'} left · ~
      {formatDuration(progress.msLeft)} left
      {progress.windows ? ` · date window ${Math.min(progress.windows.done + 1, progress.windows.count)} of ${progress.windows.count}` : ''}
    </span>
  );
}

/** What a Super Search run is doing: its progress while it runs, then its last word. */
export function SuperSearchRunStatus({ busy, progress, status }: { busy: boolean; progress: SuperSearchProgress | null; status: string }) {
  return (
    <>
      {busy && progress && <SuperSearchProgressLine progress={progress} />}
      <span className="hint" role="status">
        {status}
      </span>
    </>
  );
}
