import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';
import { countEditedLines, type EditedLines } from '../editors/countEditedLines.ts';

const same = (a: SiglistTexts, b: SiglistTexts) => SIGLIST_FILES.every((file) => a[file] === b[file]);

/**
 * Whether lists coming in (a PR, main, a link, an experiment file) would lose
 * edits: the edits they would replace, or null when they may go in at once
 * (no edits here, or the incoming lists already hold these very edits).
 */
export function editsAtStake(current: { readonly stock: SiglistTexts; readonly edited: SiglistTexts }, incomingEdited: SiglistTexts): EditedLines | null {
  if (same(current.edited, incomingEdited)) return null;
  const mine = countEditedLines(current.stock, current.edited);
  return mine.lines === 0 ? null : mine;
}
