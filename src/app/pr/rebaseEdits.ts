import { applyPatch, createPatch } from 'diff';
import { SIGLIST_FILES, type SiglistFile, type SiglistTexts } from '../../engine/types.ts';

/**
 * Carries hand edits over to new stock lists (socorro main today): each
 * file's change from the old stock is re-applied to the new one. Files whose
 * edit no longer applies take the new stock text and are named.
 */
export function rebaseEdits(oldStock: SiglistTexts, edited: SiglistTexts, newStock: SiglistTexts): { texts: SiglistTexts; dropped: SiglistFile[] } {
  const texts = { ...newStock } as Record<SiglistFile, string>;
  const dropped: SiglistFile[] = [];
  for (const file of SIGLIST_FILES) {
    if (oldStock[file] === edited[file]) continue;
    const applied = applyPatch(newStock[file], createPatch(file, oldStock[file], edited[file]));
    if (applied === false) dropped.push(file);
    else texts[file] = applied;
  }
  return { texts, dropped };
}
