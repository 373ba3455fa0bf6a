import { useEffect, useState } from 'react';
import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';

const DRAFT_KEY = 'siglab.draft.v1';

interface Draft {
  readonly version: 1;
  /** Only the files that differ from stock. */
  readonly files: Partial<Record<string, string>>;
}

/** The saved edits over these stock lists, or null. */
export function readDraft(stock: SiglistTexts, storage: Storage = localStorage): SiglistTexts | null {
  try {
    const draft = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    if (!draft || draft.version !== 1 || typeof draft.files !== 'object') return null;
    const edited = { ...stock } as Record<string, string>;
    for (const file of SIGLIST_FILES) {
      const text = draft.files[file];
      if (typeof text === 'string') edited[file] = text;
    }
    return edited as unknown as SiglistTexts;
  } catch {
    return null;
  }
}

/**
 * Saves the edits locally as they happen (after a short pause), so a reload
 * or a crashed tab loses nothing. Siglists are public, so localStorage is fine.
 * A tab opened for a link next to an existing draft saves to its own
 * sessionStorage instead, so neither overwrites the other.
 */
export function useDraftAutosave(stock: SiglistTexts | null, edited: SiglistTexts | null, storage: Storage = localStorage): boolean {
  const [saved, setSaved] = useState(true);
  useEffect(() => {
    if (!stock || !edited) return;
    setSaved(false);
    const timer = setTimeout(() => {
      const files = Object.fromEntries(SIGLIST_FILES.filter((file) => edited[file] !== stock[file]).map((file) => [file, edited[file]]));
      try {
        if (Object.keys(files).length === 0) storage.removeItem(DRAFT_KEY);
        else storage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, files } satisfies Draft));
        setSaved(true);
      } catch {
        // Quota or disabled storage: the edits stay in the page; the indicator says unsaved.
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [stock, edited, storage]);
  return saved;
}
