import { useEffect } from 'react';
import { focusEditor } from '../editors/focusEditor.ts';

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor'));

const PANE_SELECTORS = ['#siglist-editor', '#results-view [role="grid"]', '.pane-detail .detail'];

/** `?` for the shortcuts; Alt+1..3 to jump between the panes. */
export function useGlobalShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && ['1', '2', '3'].includes(event.key)) {
        // The editor's own focus puts the caret where typing works.
        if (event.key === '1' && focusEditor()) {
          event.preventDefault();
          return;
        }
        const target = document.querySelector<HTMLElement>(PANE_SELECTORS[Number(event.key) - 1] as string);
        if (target) {
          event.preventDefault();
          if (!target.hasAttribute('tabindex') && target.tagName !== 'TEXTAREA') target.tabIndex = -1;
          target.focus();
        }
        return;
      }
      if (event.key === '?' && !typingIn(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHelp]);
}
