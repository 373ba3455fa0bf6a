import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { DRAFT_KEY, draftText, parseDraft, saveDraft, type DraftStorage } from './draftStore.ts';

const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'a\n' };
const edit = (line: string) => ({ ...stock, 'prefix_signature_re.txt': `a\n${line}\n` });

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value), removeItem: (key) => void map.delete(key) };
}

describe('the draft shared by several tabs', () => {
  it('a second tab does not silently overwrite the first tab\'s edit', () => {
    const storage = memoryStorage();
    // Both tabs opened with no draft; tab A saves first.
    const seenByA = saveDraft(storage, draftText(stock, edit('fromA')), null);
    expect(seenByA.kind).toBe('saved');
    const byB = saveDraft(storage, draftText(stock, edit('fromB')), null);
    expect(byB).toEqual({ kind: 'conflict', theirs: draftText(stock, edit('fromA')) });
    expect(parseDraft(storage.getItem(DRAFT_KEY), stock)).toEqual(edit('fromA'));
    // Tab B's user chooses to keep B's edits.
    expect(saveDraft(storage, draftText(stock, edit('fromB')), null, true).kind).toBe('saved');
    expect(parseDraft(storage.getItem(DRAFT_KEY), stock)).toEqual(edit('fromB'));
  });

  it('a tab saving over its own last save is no conflict', () => {
    const storage = memoryStorage();
    const first = saveDraft(storage, draftText(stock, edit('one')), null);
    const stored = first.kind === 'saved' ? first.stored : 'x';
    expect(saveDraft(storage, draftText(stock, edit('two')), stored).kind).toBe('saved');
  });

  it('a full localStorage is reported, not "Saving…" for ever', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(saveDraft(storage, draftText(stock, edit('big')), null)).toEqual({
      kind: 'failed',
      message: 'Edits not saved: browser storage is full. They stay in this tab; download an experiment file or the patch to keep them.',
    });
  });
});
