import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';
import { SIGLIST_FILES, type SiglistMatch, type SiglistTexts } from '../../engine/types.ts';

/**
 * Lines of the edited lists that the stock lists lack: when a run hangs, one
 * of them is the regex that backtracks (the stock lists are known to run fast).
 */
export function findSuspectLines(stock: SiglistTexts, edited: SiglistTexts): SiglistMatch[] {
  return SIGLIST_FILES.flatMap((file) => {
    const known = new Set(parseSiglistText(stock[file]).map((entry) => entry.pattern));
    return parseSiglistText(edited[file])
      .filter((entry) => !known.has(entry.pattern))
      .map((entry) => ({ file, line: entry.line, pattern: entry.pattern }));
  });
}
