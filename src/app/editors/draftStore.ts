import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';
import { readListSource, type ListSource } from '../share/experiment.ts';

export const DRAFT_KEY = 'siglab.draft.v1';

/** The part of Storage the draft uses (localStorage in the app, a Map in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Draft {
  readonly version: 1;
  /** Only the files that differ from stock. */
  readonly files: Partial<Record<string, string>>;
  /**
   * Where the stock lists came from when not the pinned ones (a socorro PR's
   * base, main): the files differ from those, so a reload loads them first.
   */
  readonly lists?: ListSource;
}

/** The stored form of the edits (null: nothing differs from the pinned stock, so nothing is stored). */
export function draftText(stock: SiglistTexts, edited: SiglistTexts, lists?: ListSource): string | null {
  const files = Object.fromEntries(SIGLIST_FILES.filter((file) => edited[file] !== stock[file]).map((file) => [file, edited[file]]));
  if (Object.keys(files).length === 0 && !lists) return null;
  return JSON.stringify({ version: 1, files, ...(lists ? { lists } : {}) } satisfies Draft);
}

/** The lists a stored draft was made on, when not the pinned ones (undefined: the pinned ones, or no draft). */
export function draftLists(text: string | null): ListSource | undefined {
  try {
    const draft = JSON.parse(text ?? 'null') as Partial<Draft> | null;
    return (draft?.version === 1 && readListSource(draft.lists)) || undefined;
  } catch {
    return undefined;
  }
}

/** The edits a stored draft holds over these stock lists, or null. */
export function parseDraft(text: string | null, stock: SiglistTexts): SiglistTexts | null {
  try {
    const draft = JSON.parse(text ?? 'null') as Draft | null;
    if (!draft || draft.version !== 1 || typeof draft.files !== 'object' || draft.files === null) return null;
    const edited = { ...stock } as Record<string, string>;
    for (const file of SIGLIST_FILES) {
      const saved = draft.files[file];
      if (typeof saved === 'string') edited[file] = saved;
    }
    return edited as unknown as SiglistTexts;
  } catch {
    return null;
  }
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly stored: string | null }
  /** Another tab saved since this one last looked: nothing was overwritten. */
  | { readonly kind: 'conflict'; readonly theirs: string | null }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Saves the draft unless another tab changed it since `lastSeen` (what this
 * tab last read or wrote): then the other tab's edits are left alone and the
 * caller asks the user. `force` overwrites (the user chose to keep theirs).
 */
export function saveDraft(storage: DraftStorage, text: string | null, lastSeen: string | null, force = false): SaveOutcome {
  try {
    const current = storage.getItem(DRAFT_KEY);
    if (!force && current !== lastSeen && current !== text) return { kind: 'conflict', theirs: current };
    if (text === null) storage.removeItem(DRAFT_KEY);
    else storage.setItem(DRAFT_KEY, text);
    return { kind: 'saved', stored: text };
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    const why = full ? 'browser storage is full' : `browser storage refused it (${error instanceof Error ? error.message : String(error)})`;
    return { kind: 'failed', message: `Edits not saved: ${why}. They stay in this tab; download an experiment file or the patch to keep them.` };
  }
}
