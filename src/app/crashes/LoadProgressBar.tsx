import type { LoadProgress } from '../../worker/engineApi.ts';

/** Progress of a file load: bytes read, crashes so far and the time left at the pace so far. */
export function LoadProgressBar({ progress }: { progress: LoadProgress }) {
  const fraction = progress.bytesTotal > 0 ? progress.bytesRead / progress.bytesTotal : 0;
  const secondsLeft = fraction > 0.02 && fraction < 1 ? Math.ceil(((progress.elapsedMs / fraction) * (1 - fraction)) / 1000) : null;
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return (
    <div className="fetch-progress" role="status" aria-label="Loading crashes">
      <progress max={progress.bytesTotal || 1} value={progress.bytesRead} aria-label="File read" />
      <span>
        Reading {progress.file}: {progress.crashes.toLocaleString('en')} crashes ({megabytes(progress.bytesRead)} of {megabytes(progress.bytesTotal)} MB)
        {progress.errors > 0 && `, ${progress.errors.toLocaleString('en')} problems`}
        {secondsLeft !== null && ` · about ${secondsLeft} s left`}
      </span>
    </div>
  );
}
