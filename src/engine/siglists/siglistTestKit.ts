import type { SiglistTexts } from '../types.ts';
import { EMPTY_SIGLIST_TEXTS } from './compileSiglists.ts';

/** A line that never matches: an empty siglist file would match every frame, as upstream. */
export const NEVER_MATCHES = '(?!)';

/** Siglist texts for tests: the given files, every other file matching nothing. */
export function siglistTexts(files: Partial<SiglistTexts>): SiglistTexts {
  const never = Object.fromEntries(Object.keys(EMPTY_SIGLIST_TEXTS).map((file) => [file, NEVER_MATCHES]));
  return { ...(never as unknown as SiglistTexts), ...files };
}
