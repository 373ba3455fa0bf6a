import { createMatcher, type CompiledSiglists, type SiglistMatcher } from '../siglists/compileSiglists.ts';
import type { TranslationMemo } from '../siglists/translationMemo.ts';
import type { SiglistFile } from '../types.ts';
import { positionsWithFrame, type FrameIndex } from './frameIndex.ts';

/** A line that refers to another line's group means something else alone: no shortcut for it. */
const REFERS_TO_GROUPS = /\\[1-9]|\(\?P=/;

const everyone = (index: FrameIndex) => positionsWithFrame(index, () => true);

/**
 * The crashes whose signature a line appended to one list could change: those
 * with a listed frame that the appended line decides and the base list did
 * not. Appended, the line is the last alternative of the joined expression,
 * so it decides exactly the frames it matches that no earlier line matched;
 * a crash with none of those is walked, and so signed, exactly as before.
 * Crashes whose frames are not known are always included.
 */
export function crashesLineMayChange(index: FrameIndex, base: CompiledSiglists, candidate: CompiledSiglists, file: SiglistFile, memo?: TranslationMemo): number[] {
  if (file === 'signatures_with_line_numbers_re.txt') return everyone(index);
  if (file === 'signature_sentinels.txt') {
    const added = candidate.sentinels.entries.slice(base.sentinels.entries.length);
    // Sentinels are whole frames; a text already a sentinel keeps its first line.
    const texts = new Set(added.map((entry) => entry.pattern).filter((text) => !base.sentinels.find(text)));
    return texts.size === 0 ? [...index.unknown] : positionsWithFrame(index, (text) => texts.has(text));
  }
  const key = file === 'irrelevant_signature_re.txt' ? 'irrelevant' : 'prefix';
  const before: SiglistMatcher = base[key];
  const after: SiglistMatcher = candidate[key];
  const added = after.entries.slice(before.entries.length);
  // Refused (invalid, or past the list's limits): the lists did not change.
  if (added.length === 0) return [...index.unknown];
  // An empty list matches every frame (upstream's empty regex); with a line it no longer does.
  if (before.matchesEverything) return everyone(index);
  if (added.some((entry) => REFERS_TO_GROUPS.test(entry.pattern))) return everyone(index);
  const alone = createMatcher(file, added.map((entry) => entry.pattern).join('\n'), [], memo);
  return positionsWithFrame(index, (text) => alone.match(text) !== null && before.match(text) === null);
}
