import { SIGLIST_FILES, type SiglistError, type SiglistFile, type SiglistMatch, type SiglistTexts } from '../types.ts';
import { parseSiglistText, type SiglistEntry } from './parseSiglistText.ts';
import { PythonRegexError } from './translatePythonRegex.ts';
import { translateRemembered, type TranslationMemo } from './translationMemo.ts';
import { capSiglistEntries, MAX_SIGLIST_GROUPS, tooManyGroups } from './siglistLimits.ts';
import { compileJoinedPattern } from './compileJoinedPattern.ts';
import { createStringMemo } from '../frames/stringMemo.ts';

export interface SiglistMatcher {
  readonly file: SiglistFile;
  /** Usable lines (invalid ones are left out and reported in `errors`). */
  readonly entries: readonly SiglistEntry[];
  /**
   * True when the list has no usable line: upstream joins nothing into the
   * empty regex, which matches every frame.
   */
  readonly matchesEverything: boolean;
  /** Python `re.match` of the joined list: the first line that matches at the start, or null. */
  match(text: string): SiglistMatch | null;
}

export interface SentinelList {
  readonly file: SiglistFile;
  readonly entries: readonly SiglistEntry[];
  /** Sentinels are whole frame names, not patterns; the first line wins on duplicates. */
  find(text: string): SiglistMatch | null;
}

export interface CompiledSiglists {
  readonly irrelevant: SiglistMatcher;
  readonly prefix: SiglistMatcher;
  readonly lineNumbers: SiglistMatcher;
  readonly sentinels: SentinelList;
  readonly errors: readonly SiglistError[];
}

export const EMPTY_SIGLIST_TEXTS: SiglistTexts = Object.fromEntries(SIGLIST_FILES.map((file) => [file, ''])) as unknown as SiglistTexts;

const MEMO_LIMIT = 50_000;
/** Characters of frame texts a list remembers verdicts for (see createStringMemo). */
const MEMO_CHARS = 8 << 20;
/** Frames longer than this are matched each time (the match is linear; remembering would hold megabytes). */
const MEMO_MAX_TEXT_CHARS = 64 << 10;

interface ValidLine {
  readonly entry: SiglistEntry;
  readonly source: string;
  readonly wrapperGroup: number;
}

/** Translates each line, as it will sit in the joined expression; invalid lines go to `errors`. */
function translateLines(file: SiglistFile, entries: readonly SiglistEntry[], errors: SiglistError[], memo: TranslationMemo | undefined): ValidLine[] {
  const valid: ValidLine[] = [];
  const namesBefore = new Set<string>();
  let pythonGroups = 0;
  let jsGroups = 0;
  for (const [index, entry] of entries.entries()) {
    try {
      const wrapperGroup = jsGroups + 1;
      const translated = translateRemembered(entry.pattern, { groupBase: pythonGroups, namesBefore, jsGroupBase: wrapperGroup }, memo);
      if (wrapperGroup + translated.jsGroupCount > MAX_SIGLIST_GROUPS) {
        errors.push(tooManyGroups(file, entry, entries.length - index - 1));
        break;
      }
      valid.push({ entry, source: translated.source, wrapperGroup });
      pythonGroups += translated.groupCount;
      jsGroups += 1 + translated.jsGroupCount;
      translated.names.forEach((name) => namesBefore.add(name));
    } catch (error) {
      const message = error instanceof PythonRegexError ? error.message : String(error);
      errors.push({ file, line: entry.line, pattern: entry.pattern, message });
    }
  }
  return valid;
}

export function createMatcher(file: SiglistFile, text: string, errors: SiglistError[], translations?: TranslationMemo): SiglistMatcher {
  const translated = translateLines(file, capSiglistEntries(file, parseSiglistText(text), errors), errors, translations);
  // One expression for the whole list, each line in its own group so one
  // exec both decides and names the line (the first alternative that matches wins, as in Python).
  const joinedPattern = compileJoinedPattern(translated.map((line) => line.source));
  const lines = translated.slice(0, joinedPattern.count);
  const firstLeftOut = translated[joinedPattern.count];
  if (firstLeftOut) {
    const { line, pattern } = firstLeftOut.entry;
    const left = translated.length - joinedPattern.count;
    errors.push({ file, line, pattern, message: `the list cannot be compiled as one expression from this line on (${joinedPattern.refusal}): ${left.toLocaleString('en')} lines left out` });
  }
  const entries = lines.map((line) => line.entry);
  const toMatch = (line: ValidLine): SiglistMatch => ({ file, line: line.entry.line, pattern: line.entry.pattern });
  if (lines.length === 0) {
    const everything: SiglistMatch = { file, line: 0, pattern: '' };
    return { file, entries, matchesEverything: true, match: () => everything };
  }
  const joined = joinedPattern.regex;
  const matches = lines.map(toMatch);
  const memo = createStringMemo<SiglistMatch | null>(MEMO_LIMIT, { chars: MEMO_CHARS, maxKeyChars: MEMO_MAX_TEXT_CHARS });
  const match = (text: string): SiglistMatch | null => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const found = joined.exec(text);
    let result: SiglistMatch | null = null;
    if (found) {
      const index = lines.findIndex((line) => found[line.wrapperGroup] !== undefined);
      result = matches[index] ?? null;
    }
    memo.set(text, result);
    return result;
  };
  return { file, entries, matchesEverything: false, match };
}

export function createSentinelList(file: SiglistFile, text: string, errors: SiglistError[], memo?: TranslationMemo): SentinelList {
  // Upstream compiles each sentinel as a regex too (refusing invalid ones) before using it as plain text.
  const entries = capSiglistEntries(file, parseSiglistText(text), errors).filter((entry) => translateLines(file, [entry], errors, memo).length > 0);
  const byText = new Map<string, SiglistMatch>();
  for (const entry of entries) if (!byText.has(entry.pattern)) byText.set(entry.pattern, { file, line: entry.line, pattern: entry.pattern });
  // Asked for every frame of every crash, and most frames differ in length from
  // every sentinel: the length check spares them the string hashing.
  const lengths = new Set(entries.map((entry) => entry.pattern.length));
  return { file, entries, find: (frame) => (lengths.has(frame.length) ? (byText.get(frame) ?? null) : null) };
}

export interface CompileOptions {
  /** Translations kept from an earlier compile (see TranslationMemo); the result is the same. */
  readonly translations?: TranslationMemo;
}

/** Parses and compiles the four siglists; never throws for bad lines. */
export function compileSiglists(texts: SiglistTexts, options: CompileOptions = {}): CompiledSiglists {
  const errors: SiglistError[] = [];
  const memo = options.translations;
  return {
    irrelevant: createMatcher('irrelevant_signature_re.txt', texts['irrelevant_signature_re.txt'], errors, memo),
    prefix: createMatcher('prefix_signature_re.txt', texts['prefix_signature_re.txt'], errors, memo),
    sentinels: createSentinelList('signature_sentinels.txt', texts['signature_sentinels.txt'], errors, memo),
    lineNumbers: createMatcher('signatures_with_line_numbers_re.txt', texts['signatures_with_line_numbers_re.txt'], errors, memo),
    errors,
  };
}
