import { useEffect, useRef } from 'react';
import { DialogHead } from './DialogHead.tsx';

export const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['?', 'Show these shortcuts'],
  ['Alt+1 / Alt+2 / Alt+3', 'Go to the siglist editor / the results / the crash detail'],
  ['↑ ↓ Home End PageUp PageDown', 'Move the selection in the Changes view or the crash table'],
  ['Enter', 'Changes view: show the crashes of the selected row'],
  ['← → Home End (in the step-through)', 'Previous, next, first and last step'],
  ['Escape', 'Close a dialog or menu'],
  ['Ctrl+M (in the editor)', 'Toggle whether Tab inserts a tab (off: Tab moves focus out of the editor)'],
  ['Alt+U (in the editor)', 'Show the crashes the line under the cursor decided'],
  ['Ctrl+Z / Ctrl+Shift+Z (in the editor)', 'Undo / redo, also across Reset and inserted lines'],
  ['F1 (in the editor)', "Monaco's command palette"],
];

/** The keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <DialogHead title="Keyboard shortcuts" titleId="shortcuts-title" closeLabel="Close shortcuts" onClose={() => dialog.current?.close()} />
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
