import { diffArrays } from 'diff';
import type { SiglistFile, SiglistTexts } from '../../engine/types.ts';
import { parseSiglistText, type SiglistEntry } from '../../engine/siglists/parseSiglistText.ts';

/** The lists whose lines decide frames by matching them (the line-number list only adds `:line`). */
export const FRAME_LISTS = ['irrelevant_signature_re.txt', 'prefix_signature_re.txt', 'signature_sentinels.txt'] as const satisfies readonly SiglistFile[];
export type FrameList = (typeof FRAME_LISTS)[number];

export type LineChange =
  | { readonly file: FrameList; readonly kind: 'added'; readonly after: SiglistEntry }
  | { readonly file: FrameList; readonly kind: 'removed'; readonly before: SiglistEntry }
  | { readonly file: FrameList; readonly kind: 'changed'; readonly before: SiglistEntry; readonly after: SiglistEntry };

/**
 * Lines added, removed and changed between two versions of the frame lists
 * (blank lines, comments and surrounding whitespace ignored, as the engine
 * reads them). A removal directly followed by an addition is a change.
 */
export function diffSiglistLines(stock: SiglistTexts, edited: SiglistTexts): LineChange[] {
  const changes: LineChange[] = [];
  for (const file of FRAME_LISTS) {
    const parts = diffArrays(parseSiglistText(stock[file]), parseSiglistText(edited[file]), { comparator: (a, b) => a.pattern === b.pattern });
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.removed) {
        const next = parts[i + 1];
        const added = next?.added ? next.value : [];
        part.value.forEach((before, n) => {
          const after = added[n];
          changes.push(after ? { file, kind: 'changed', before, after } : { file, kind: 'removed', before });
        });
        added.slice(part.value.length).forEach((after) => changes.push({ file, kind: 'added', after }));
        if (next?.added) i++;
      } else if (part.added) {
        part.value.forEach((after) => changes.push({ file, kind: 'added', after }));
      }
    }
  }
  return changes;
}
