import { useCallback, useEffect, useState, type SetStateAction } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import { loadRecordedLists } from '../pr/loadRecordedLists.ts';
import type { ListSource } from '../share/experiment.ts';
import { readDraft, readDraftLists, useDraftAutosave, type DraftAutosave } from './useDraft.ts';

/** The lists the workbench compares: stock (pinned, or read at a commit) and the edited ones. */
export interface ListsValue {
  readonly stock: SiglistTexts;
  readonly edited: SiglistTexts;
  /** Where stock (and edited) came from when not the pinned lists: a socorro PR, main. */
  readonly source: ListSource | null;
}

/** The last time something outside the editors replaced the lists, and how to take it back. */
export interface Replacement {
  /** "Loaded PR #7301 …: your edits (3 lines in 1 list) were replaced." */
  readonly message: string;
  readonly before: ListsValue;
}

export type RestoreState =
  | { readonly state: 'done' }
  /** The draft was made on lists read from GitHub: they are being read again. */
  | { readonly state: 'loading'; readonly source: ListSource }
  | { readonly state: 'failed'; readonly source: ListSource; readonly message: string };

export interface WorkingLists {
  /** Null until the pinned lists (and the draft's own lists, if any) are in. */
  readonly value: ListsValue | null;
  /** Bumped when the lists change from outside the editors, so the editors take the new texts. */
  readonly revision: number;
  readonly restore: RestoreState;
  readonly replacement: Replacement | null;
  readonly draft: DraftAutosave;
  /** The user typed. */
  setEdited(update: SetStateAction<SiglistTexts>): void;
  /** An edit made outside the editors (a line inserted from the trace): the editors take it, Undo in the editor takes it back. */
  editFromOutside(edited: SiglistTexts): void;
  /** Something outside the editors replaced the lists (a PR, a link, Reset all…); Undo brings the old ones back. */
  replace(next: ListsValue, what: string): void;
  undoReplace(): void;
  dismissReplacement(): void;
  /** The draft's own lists could not be read: try again, or start over on the pinned lists. */
  retryRestore(): void;
  discardRestore(): void;
}

/**
 * Owns the stock and edited lists, their origin and the local draft. A reload
 * finds the review it left: a draft made on a socorro PR's base (or main)
 * records those commits, and they are read again (through the GitHub cache)
 * before the draft is applied, so the comparison never silently changes.
 */
export function useWorkingLists(pinned: SiglistTexts | null, storage: Storage): WorkingLists {
  const [value, setValue] = useState<ListsValue | null>(null);
  const [revision, setRevision] = useState(0);
  const [restore, setRestore] = useState<RestoreState>({ state: 'done' });
  const [replacement, setReplacement] = useState<Replacement | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!pinned || value) return;
    const source = readDraftLists(storage);
    if (!source) {
      setValue({ stock: pinned, edited: readDraft(pinned, storage) ?? pinned, source: null });
      return;
    }
    let live = true;
    setRestore({ state: 'loading', source });
    loadRecordedLists(source).then(
      (stock) => {
        if (!live) return;
        setValue({ stock, edited: readDraft(stock, storage) ?? stock, source });
        setRestore({ state: 'done' });
      },
      (error: unknown) => live && setRestore({ state: 'failed', source, message: (error as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [pinned, value, storage, attempt]);

  const draft = useDraftAutosave(value?.stock ?? null, value?.edited ?? null, storage, value?.source ?? undefined);

  const setEdited = useCallback((update: SetStateAction<SiglistTexts>) => {
    setValue((current) => current && { ...current, edited: typeof update === 'function' ? update(current.edited) : update });
  }, []);

  const editFromOutside = useCallback((edited: SiglistTexts) => {
    setValue((current) => current && { ...current, edited });
    setRevision((r) => r + 1);
  }, []);

  const replace = useCallback(
    (next: ListsValue, message: string) => {
      if (!value) return;
      setReplacement({ message, before: value });
      setValue(next);
      setRevision((r) => r + 1);
    },
    [value],
  );

  const undoReplace = useCallback(() => {
    if (!replacement) return;
    setValue(replacement.before);
    setReplacement(null);
    setRevision((r) => r + 1);
  }, [replacement]);

  return {
    value,
    revision,
    restore,
    replacement,
    draft,
    setEdited,
    editFromOutside,
    replace,
    undoReplace,
    dismissReplacement: useCallback(() => setReplacement(null), []),
    retryRestore: useCallback(() => setAttempt((n) => n + 1), []),
    discardRestore: useCallback(() => {
      if (!pinned) return;
      setRestore({ state: 'done' });
      setValue({ stock: pinned, edited: pinned, source: null });
    }, [pinned]),
  };
}
