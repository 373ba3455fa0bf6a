import { shortRegexMessage } from './siglistLimits.ts';

/**
 * V8 compiles a regex lazily, on its first exec, and only then may it refuse
 * it ("Regular expression too large"): running it once makes that happen now,
 * not in the middle of signing. The regex, or the engine's reason.
 */
function tryRegex(source: string): RegExp | string {
  try {
    const regex = new RegExp(source, 'u');
    regex.exec('');
    return regex;
  } catch (error) {
    return shortRegexMessage(error instanceof Error ? error.message : String(error));
  }
}

/** Why the engine refuses `source` (with the `u` flag), or null when it takes it. */
export function regexRefusal(source: string): string | null {
  const tried = tryRegex(source);
  return typeof tried === 'string' ? tried : null;
}

export interface JoinedPattern {
  readonly regex: RegExp;
  /** How many of the alternatives made it in (all of them unless the engine refused the whole). */
  readonly count: number;
  /** The engine's reason when only the first `count` alternatives could be compiled. */
  readonly refusal: string | null;
}

const join = (alternatives: readonly string[]) => `^(?:${alternatives.map((source) => `(${source})`).join('|')})`;

/**
 * The joined expression of a list, each alternative in its own group. Every
 * line compiled alone, yet the whole may still be refused (too many captures,
 * too large): then the longest prefix that compiles is used and the caller
 * reports the first alternative left out. Prefixes keep their group numbers.
 */
export function compileJoinedPattern(alternatives: readonly string[]): JoinedPattern {
  // The regex that passed the check is the one used: it is compiled already.
  const whole = tryRegex(join(alternatives));
  if (typeof whole !== 'string') return { regex: whole, count: alternatives.length, refusal: null };
  // Binary search for the longest prefix that compiles: at most ~14 compiles for 10,000 lines.
  let good: RegExp = new RegExp(join([]), 'u');
  let goodCount = 0;
  let badCount = alternatives.length;
  while (badCount - goodCount > 1) {
    const middle = Math.floor((goodCount + badCount) / 2);
    const tried = tryRegex(join(alternatives.slice(0, middle)));
    if (typeof tried === 'string') badCount = middle;
    else [good, goodCount] = [tried, middle];
  }
  return { regex: good, count: goodCount, refusal: whole };
}
