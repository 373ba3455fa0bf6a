import { diffLines } from 'diff';
import { SIGLIST_FILES, type SiglistFile, type SiglistTexts } from '../../engine/types.ts';

export interface EditedLines {
  /** Lines added or removed, over every list. */
  readonly lines: number;
  /** The lists with an edit. */
  readonly files: readonly SiglistFile[];
}

/** How much hand editing `edited` holds over `stock`: what replacing it would lose. */
export function countEditedLines(stock: SiglistTexts, edited: SiglistTexts): EditedLines {
  let lines = 0;
  const files: SiglistFile[] = [];
  for (const file of SIGLIST_FILES) {
    if (stock[file] === edited[file]) continue;
    files.push(file);
    for (const part of diffLines(stock[file], edited[file])) if (part.added || part.removed) lines += part.count ?? 0;
  }
  return { lines, files };
}

/** "3 lines in 2 lists" */
export function describeEditedLines({ lines, files }: EditedLines): string {
  return `${lines.toLocaleString('en')} line${lines === 1 ? '' : 's'} in ${files.length} list${files.length === 1 ? '' : 's'}`;
}
