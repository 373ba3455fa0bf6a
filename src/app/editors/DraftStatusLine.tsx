import type { SiglistTexts } from '../../engine/types.ts';
import type { DraftAutosave } from './useDraft.ts';

interface Props {
  readonly draft: DraftAutosave;
  /** Replaces this tab's edits (with the other tab's). */
  onLoad(texts: SiglistTexts): void;
}

/** Where the local draft stands; when another tab saved other edits, the user picks which to keep. */
export function DraftStatusLine({ draft, onLoad }: Props) {
  const { status } = draft;
  if (status.state === 'conflict') {
    return (
      <span className="hint warning" role="alert" aria-label="Draft">
        Another tab saved different edits.{' '}
        <button type="button" onClick={() => draft.keepMine()}>
          Keep this tab's
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            const theirs = draft.takeTheirs();
            if (theirs) onLoad(theirs);
          }}
        >
          Load the other tab's
        </button>
      </span>
    );
  }
  const text = { none: '', saving: 'Saving…', saved: 'Edits saved locally', failed: status.state === 'failed' ? status.message : '' }[status.state];
  return (
    <span className={status.state === 'failed' ? 'hint warning' : 'hint'} role="status" aria-label="Draft">
      {text}
    </span>
  );
}
