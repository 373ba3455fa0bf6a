import { useEffect, useRef } from 'react';

export interface ReplaceChoice {
  readonly label: string;
  readonly onChoose: () => void;
  /** Why the choice is not offered, when it is not. */
  readonly unavailable?: string;
}

interface Props {
  readonly title: string;
  /** What would be lost, in words ("Your edits change 3 lines in 1 list …"). */
  readonly message: string;
  readonly choices: readonly ReplaceChoice[];
  /** Escape and the last button: nothing changes. */
  readonly cancelLabel: string;
  onCancel(): void;
}

/**
 * Something would replace the user's siglist edits (a PR, main, a link, an
 * experiment file): they choose, nothing is replaced silently. Keeping their
 * edits is the first choice and has the focus.
 */
export function ReplaceEditsDialog({ title, message, choices, cancelLabel, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="conflict-dialog" aria-labelledby="replace-title" aria-describedby="replace-message" onCancel={onCancel}>
      <h2 id="replace-title">{title}</h2>
      <p id="replace-message">{message}</p>
      <div className="row wrap">
        {choices.map((choice, index) => (
          <button key={choice.label} type="button" onClick={choice.onChoose} disabled={choice.unavailable !== undefined} title={choice.unavailable} autoFocus={index === 0}>
            {choice.label}
          </button>
        ))}
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
