import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';

const same = (a: SiglistTexts, b: SiglistTexts) => SIGLIST_FILES.every((file) => a[file] === b[file]);

/**
 * Whether a link's lists may replace the local draft without asking: only
 * when there is no draft, the draft is the stock lists, or it equals the link.
 */
export function linkNeedsConsent(stock: SiglistTexts, draft: SiglistTexts | null, linkEdited: SiglistTexts): boolean {
  return draft !== null && !same(draft, stock) && !same(draft, linkEdited);
}

/** Marks a link opened "in a new tab" from the conflict question: that tab keeps its edits to itself. */
export const DETACHED_SUFFIX = '&tab=new';
