import type { ReactNode } from 'react';

interface Props {
  readonly title: string;
  /** For dialogs labelled by their heading (aria-labelledby). */
  readonly titleId?: string;
  /** The close button's accessible name ("Close lessons"). */
  readonly closeLabel: string;
  onClose(): void;
  /** Shown between the title and the close button (a count, a status). */
  readonly children?: ReactNode;
}

/** A dialog's title row: its heading, anything beside it, and a ✕ that closes it. */
export function DialogHead({ title, titleId, closeLabel, onClose, children }: Props) {
  return (
    <header className="dialog-head">
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" onClick={onClose} aria-label={closeLabel}>
        ✕
      </button>
    </header>
  );
}
