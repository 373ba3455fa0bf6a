import { describeListSource } from '../pr/describeListSource.ts';
import type { WorkingLists } from '../editors/useWorkingLists.ts';

/**
 * What happened to the lists from outside the editors: a draft's PR lists
 * being read again (or failing to be), and the last replacement with Undo.
 */
export function ListsNotices({ lists }: { lists: WorkingLists }) {
  const { restore, replacement } = lists;
  return (
    <>
      {restore.state === 'loading' && (
        <p className="banner" role="status" aria-label="Lists">
          Reading the lists of your review, {describeListSource(restore.source)}, from GitHub…
        </p>
      )}
      {restore.state === 'failed' && (
        <div className="banner error" role="alert">
          Your draft was made on {describeListSource(restore.source)}, which could not be read ({restore.message}). Your draft is kept.{' '}
          <button type="button" onClick={lists.retryRestore}>
            Try again
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              if (window.confirm('Start over on the pinned stock lists? The draft of your review will be replaced.')) lists.discardRestore();
            }}
          >
            Start over on the pinned lists
          </button>
        </div>
      )}
      {replacement && (
        <div className="banner replace-notice" role="status" aria-label="Lists replaced">
          <span>{replacement.message}</span>
          <button type="button" onClick={lists.undoReplace}>
            Undo
          </button>
          <button type="button" className="link" onClick={lists.dismissReplacement} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
    </>
  );
}
