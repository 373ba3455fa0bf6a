import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';

export interface DuplicateLine {
  readonly line: number;
  /** The earlier line with the same pattern. */
  readonly first: number;
}

/**
 * Lines whose pattern an earlier line of the same list already has (after
 * stripping, as the engine reads them): they can never decide a frame, and
 * are usually a paste gone twice.
 */
export function findDuplicateLines(text: string): DuplicateLine[] {
  const seen = new Map<string, number>();
  const duplicates: DuplicateLine[] = [];
  for (const { line, pattern } of parseSiglistText(text)) {
    const first = seen.get(pattern);
    if (first === undefined) seen.set(pattern, line);
    else duplicates.push({ line, first });
  }
  return duplicates;
}
