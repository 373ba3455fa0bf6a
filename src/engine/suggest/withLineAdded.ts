import { createFrameCache, type FrameCache } from '../frames/frameCache.ts';
import { createStringMemo } from '../frames/stringMemo.ts';
import { createGenerator } from '../createGenerator.ts';
import { appendSiglistLine } from '../siglists/appendSiglistLine.ts';
import { createMatcher, createSentinelList, type CompiledSiglists, type SiglistMatcher } from '../siglists/compileSiglists.ts';
import { parseSiglistText } from '../siglists/parseSiglistText.ts';
import { MAX_SIGLIST_GROUPS, MAX_SIGLIST_PATTERNS } from '../siglists/siglistLimits.ts';
import type { TranslatedRegex } from '../siglists/translatePythonRegex.ts';
import type { TranslationMemo } from '../siglists/translationMemo.ts';
import type { SiglistError, SiglistFile } from '../types.ts';
import type { ListSet } from './types.ts';

/** Line translations shared by every candidate: a candidate list is its base list plus one line. */
export function createCandidateMemo(): TranslationMemo {
  return createStringMemo<TranslatedRegex>(20_000);
}

/** A line that refers to another line's group, or names one (a name may clash with an earlier line's), means something else alone. */
const REFERS_TO_GROUPS = /\\[1-9]|\(\?P[=<]/;
/** Far below the size at which V8 refuses a joined expression ("Regular expression too large"). */
const SAFE_JOINED_CHARS = 500_000;

/**
 * The base's matcher with lines appended, without compiling the joined list
 * again: upstream joins a list with `|` and `re.match` takes the first
 * alternative that matches, so appended lines decide exactly the frames no
 * earlier line matches. That holds when the base list compiled whole and the
 * new lines neither refer to other lines' groups nor push the list past a limit
 * (else null, and the list is compiled in full). The base keeps its memo of
 * frames already matched, so a preview re-runs only the new line.
 */
function appendedMatcher(base: SiglistMatcher, baseErrors: readonly SiglistError[], file: SiglistFile, text: string, memo?: TranslationMemo): SiglistMatcher | null {
  if (base.matchesEverything || baseErrors.some((error) => error.file === file)) return null;
  const entries = parseSiglistText(text);
  const added = entries.slice(base.entries.length);
  const kept = entries.slice(0, base.entries.length);
  if (added.length === 0 || kept.some((entry, index) => entry.pattern !== base.entries[index]?.pattern || entry.line !== base.entries[index]?.line)) return null;
  if (entries.length > MAX_SIGLIST_PATTERNS || added.some((entry) => REFERS_TO_GROUPS.test(entry.pattern))) return null;
  // Every group starts with "(" (escaped ones are counted too: an overestimate is safe).
  const opening = (pattern: string) => pattern.split('(').length - 1;
  const groups = entries.reduce((sum, entry) => sum + 1 + opening(entry.pattern), 0);
  const chars = entries.reduce((sum, entry) => sum + entry.pattern.length + 3, 0);
  if (groups > MAX_SIGLIST_GROUPS || chars > SAFE_JOINED_CHARS) return null;
  const errors: SiglistError[] = [];
  // The new lines alone, on their own line numbers (blank lines stand in for the rest).
  const lines = new Array<string>((added[added.length - 1] as { line: number }).line).fill('');
  for (const entry of added) lines[entry.line - 1] = entry.pattern;
  const alone = createMatcher(file, lines.join('\n'), errors, memo);
  if (errors.length > 0 || alone.entries.length !== added.length) return null;
  return {
    file,
    entries: [...base.entries, ...alone.entries],
    matchesEverything: false,
    match: (frame) => base.match(frame) ?? alone.match(frame),
  };
}

/** The lists of a set with one line appended to one file, compiled as the engine compiles any lists. */
export function compileWithLineAdded(base: CompiledSiglists, file: SiglistFile, text: string, memo?: TranslationMemo): CompiledSiglists {
  // The other three lists are the base's own matchers (their memo of matched frames included).
  const errors: SiglistError[] = base.errors.filter((error) => error.file !== file);
  switch (file) {
    case 'irrelevant_signature_re.txt':
      return { ...base, irrelevant: appendedMatcher(base.irrelevant, base.errors, file, text, memo) ?? createMatcher(file, text, errors, memo), errors };
    case 'prefix_signature_re.txt':
      return { ...base, prefix: appendedMatcher(base.prefix, base.errors, file, text, memo) ?? createMatcher(file, text, errors, memo), errors };
    case 'signature_sentinels.txt':
      return { ...base, sentinels: createSentinelList(file, text, errors, memo), errors };
    case 'signatures_with_line_numbers_re.txt':
      return { ...base, lineNumbers: createMatcher(file, text, errors, memo), errors };
  }
}

export interface CandidateSet extends ListSet {
  /** The added line's number in its file. */
  readonly lineNumber: number;
}

/**
 * Another siglist set: the base's texts with `line` added at the end of `file`,
 * and a generator over them sharing the frame cache (normalised frames are
 * not listed again unless the line-number list is the one changed).
 */
export function withLineAdded(base: ListSet, file: SiglistFile, line: string, options: { frameCache?: FrameCache; memo?: TranslationMemo } = {}): CandidateSet {
  const appended = appendSiglistLine(base.texts[file], line);
  const texts = { ...base.texts, [file]: appended.text };
  const siglists = compileWithLineAdded(base.generator.siglists, file, appended.text, options.memo);
  const generator = createGenerator(siglists, { ruleset: base.generator.ruleset, frameCache: options.frameCache ?? createFrameCache() });
  return { texts, generator, lineNumber: appended.line };
}
