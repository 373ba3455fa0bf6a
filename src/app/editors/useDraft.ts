import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import { DRAFT_KEY, draftLists, draftText, parseDraft, saveDraft } from './draftStore.ts';
import type { ListSource } from '../share/experiment.ts';
import { pageStorage } from '../shell/pageStorage.ts';

/** The saved edits over these stock lists, or null. */
export function readDraft(stock: SiglistTexts, storage: Storage = pageStorage.local): SiglistTexts | null {
  try {
    return parseDraft(storage.getItem(DRAFT_KEY), stock);
  } catch {
    return null;
  }
}

/** The lists the saved draft was made on, when not the pinned ones (a socorro PR's base, main). */
export function readDraftLists(storage: Storage = pageStorage.local): ListSource | undefined {
  try {
    return draftLists(storage.getItem(DRAFT_KEY));
  } catch {
    return undefined;
  }
}

export type DraftStatus =
  | { readonly state: 'none' | 'saving' | 'saved' }
  | { readonly state: 'failed'; readonly message: string }
  /** Another tab saved other edits: autosave waits until the user picks one. */
  | { readonly state: 'conflict'; readonly theirs: SiglistTexts };

export interface DraftAutosave {
  readonly status: DraftStatus;
  /** Overwrites the other tab's saved edits with this tab's. */
  keepMine(): void;
  /** Forgets this tab's edits for the other tab's (the caller loads them). */
  takeTheirs(): SiglistTexts | null;
}

/**
 * Saves the edits locally as they happen (after a short pause), so a reload
 * or a crashed tab loses nothing. Siglists are public, so localStorage is fine.
 * Several tabs share one draft: a save from another tab is noticed (storage
 * event, and checked again before each save) and never silently overwritten.
 * A tab opened for a link next to an existing draft saves to its own
 * sessionStorage instead, so neither overwrites the other.
 */
export function useDraftAutosave(stock: SiglistTexts | null, edited: SiglistTexts | null, storage: Storage = pageStorage.local, lists?: ListSource): DraftAutosave {
  const [status, setStatus] = useState<DraftStatus>({ state: 'none' });
  const lastSeen = useRef<string | null | undefined>(undefined);
  const conflicted = status.state === 'conflict';

  const save = useCallback(
    (force: boolean) => {
      if (!stock || !edited) return;
      if (lastSeen.current === undefined) lastSeen.current = storage.getItem(DRAFT_KEY);
      const text = draftText(stock, edited, lists);
      const outcome = saveDraft(storage, text, lastSeen.current, force);
      if (outcome.kind === 'saved') {
        lastSeen.current = outcome.stored;
        setStatus({ state: text === null ? 'none' : 'saved' });
      } else if (outcome.kind === 'failed') {
        setStatus({ state: 'failed', message: outcome.message });
      } else {
        const theirs = parseDraft(outcome.theirs, stock) ?? stock;
        setStatus({ state: 'conflict', theirs });
      }
    },
    [stock, edited, storage, lists],
  );

  useEffect(() => {
    if (!stock || !edited || conflicted) return;
    setStatus((current) => (current.state === 'failed' ? current : { state: 'saving' }));
    const timer = setTimeout(() => save(false), 300);
    return () => clearTimeout(timer);
  }, [stock, edited, conflicted, save]);

  useEffect(() => {
    if (!stock) return;
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== storage || event.key !== DRAFT_KEY || event.newValue === lastSeen.current) return;
      if (edited && event.newValue === draftText(stock, edited, lists)) {
        lastSeen.current = event.newValue;
        return;
      }
      setStatus({ state: 'conflict', theirs: parseDraft(event.newValue, stock) ?? stock });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [stock, edited, storage, lists]);

  const keepMine = useCallback(() => save(true), [save]);
  const takeTheirs = useCallback(() => {
    if (status.state !== 'conflict' || !stock) return null;
    lastSeen.current = draftText(stock, status.theirs, lists);
    setStatus({ state: 'saved' });
    return status.theirs;
  }, [status, stock, lists]);
  return { status, keepMine, takeTheirs };
}
