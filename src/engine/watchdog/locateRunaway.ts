import type { SiglistMatch, SiglistTexts } from '../types.ts';
import { narrowDown } from './narrowDown.ts';
import { regexLines, withoutLines } from './siglistSubsets.ts';

export interface RunawaySearch {
  /** Lists known to run fast on ordinary crashes (the app's stock lists). */
  readonly stock: SiglistTexts;
  /** The lists of the run that hung. */
  readonly edited: SiglistTexts;
  /** Lines of `edited` that `stock` lacks. */
  readonly suspects: readonly SiglistMatch[];
  readonly crashCount: number;
  /** Signs the crashes (by index) with the lists under a small time budget: true when it ran out. */
  hangs(texts: SiglistTexts, crashes: readonly number[]): Promise<boolean>;
}

export type Runaway =
  /** An edited line backtracks; `crash` is the first crash it hangs on. */
  | { readonly kind: 'edited-line'; readonly line: SiglistMatch; readonly crash: number | null }
  /** No edited line is at fault: a line of the stock lists hangs on this crash. */
  | { readonly kind: 'stock-line'; readonly line: SiglistMatch | null; readonly crash: number | null }
  /** The search could not pin one line down (several lines only hang together, or nothing hung again). */
  | { readonly kind: 'not-found'; readonly suspects: readonly SiglistMatch[] };

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** The one crash of `crashes` the lists hang on, or null when only several together do. */
async function findCrash(search: RunawaySearch, texts: SiglistTexts): Promise<number | null> {
  const crashes = await narrowDown(range(search.crashCount), (subset) => search.hangs(texts, subset));
  return crashes.length === 1 ? (crashes[0] as number) : null;
}

/**
 * Finds what made a run hang by re-running subsets under a small budget:
 * first with the edited lines left out — if it still hangs, an unchanged
 * line is at fault and the crash and that line are searched for; otherwise
 * the edited lines are halved until one is left.
 */
export async function locateRunaway(search: RunawaySearch): Promise<Runaway> {
  const all = range(search.crashCount);
  const baseline = withoutLines(search.edited, search.suspects);
  if (search.suspects.length === 0 || (await search.hangs(baseline, all))) {
    const crash = await findCrash(search, baseline);
    if (crash === null) return { kind: 'stock-line', line: null, crash: null };
    const lines = regexLines(baseline);
    const keepOnly = (kept: readonly SiglistMatch[]) => withoutLines(baseline, lines.filter((line) => !kept.includes(line)));
    const found = await narrowDown(lines, (kept) => search.hangs(keepOnly(kept), [crash]));
    return { kind: 'stock-line', line: found.length === 1 ? (found[0] as SiglistMatch) : null, crash };
  }
  const withSuspects = (kept: readonly SiglistMatch[]) => withoutLines(search.edited, search.suspects.filter((line) => !kept.includes(line)));
  const found = await narrowDown(search.suspects, (kept) => search.hangs(withSuspects(kept), all));
  if (found.length !== 1) return { kind: 'not-found', suspects: found };
  const line = found[0] as SiglistMatch;
  return { kind: 'edited-line', line, crash: await findCrash(search, withSuspects([line])) };
}
