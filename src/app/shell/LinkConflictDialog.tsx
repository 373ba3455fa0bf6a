import { useEffect, useRef } from 'react';

interface Props {
  onKeepDraft(): void;
  onUseLink(): void;
  onNewTab(): void;
}

/** A link would replace local edits: the person chooses, nothing is replaced silently. */
export function LinkConflictDialog({ onKeepDraft, onUseLink, onNewTab }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="conflict-dialog" aria-labelledby="conflict-title" onCancel={onKeepDraft}>
      <h2 id="conflict-title">This link has other siglist edits than your draft</h2>
      <p>You have unsaved local edits that differ from the link's. What should happen?</p>
      <div className="row">
        <button type="button" onClick={onKeepDraft} autoFocus>
          Keep my draft
        </button>
        <button type="button" onClick={onUseLink}>
          Use the link (replaces my draft)
        </button>
        <button type="button" onClick={onNewTab}>
          Open the link in a new tab
        </button>
      </div>
    </dialog>
  );
}
