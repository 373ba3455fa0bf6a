/**
 * Alt+1 must put the caret in the siglist editor. Monaco takes typing through
 * an element of its own choosing (an EditContext, not always its textarea),
 * so only the editor's own focus() lands where typing works; the editor,
 * loaded lazily, registers it here.
 */
let focus: (() => void) | null = null;

export function registerEditorFocus(next: (() => void) | null): void {
  focus = next;
}

/** Focuses the siglist editor; false when it is not on the page (still loading, or the diff view). */
export function focusEditor(): boolean {
  if (!focus) return false;
  focus();
  return true;
}
