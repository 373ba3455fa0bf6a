import type { SiglistError, SiglistFile } from '../types.ts';
import type { SiglistEntry } from './parseSiglistText.ts';

/**
 * Upstream's longest line is a few hundred characters and its longest list a
 * few hundred lines. Far past that, the browser's regex engine gives up
 * ("Regular expression too large", "Too many captures") in ways that used to
 * blank every signature, so lines and lists are capped with a clear error.
 */
export const MAX_SIGLIST_LINE_CHARS = 4_096;
/** 20 times upstream's longest list; V8 already needs seconds to compile a list this long. */
export const MAX_SIGLIST_PATTERNS = 5_000;
/**
 * Capture groups in one joined list (each line adds one of its own). V8 refuses
 * more than 65,535 ("Too many captures"), and its compile time grows steeply
 * long before that.
 */
export const MAX_SIGLIST_GROUPS = 10_000;
/** Messages quote at most this much (an engine error quotes the whole regex: megabytes). */
const MAX_MESSAGE_CHARS = 300;

/** A regex engine's complaint without the regex it quotes, short enough for a banner or a terminal. */
export function shortRegexMessage(message: string): string {
  // V8: "Invalid regular expression: /<the whole source>/<flags>: <reason>".
  const quoted = /^Invalid regular expression: \/.*\/[a-z]*: ([^:]+)$/s.exec(message);
  const text = quoted ? (quoted[1] as string) : message;
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}

/** The entries a list may use; over-long lines and lines past the cap become errors. */
export function capSiglistEntries(file: SiglistFile, entries: readonly SiglistEntry[], errors: SiglistError[]): SiglistEntry[] {
  const kept: SiglistEntry[] = [];
  for (const entry of entries) {
    if (kept.length === MAX_SIGLIST_PATTERNS) {
      const left = entries.length - entries.indexOf(entry);
      errors.push({ file, line: entry.line, pattern: entry.pattern, message: `the list has more than ${MAX_SIGLIST_PATTERNS.toLocaleString('en')} patterns: this line and the ${(left - 1).toLocaleString('en')} after it are left out` });
      break;
    }
    if (entry.pattern.length > MAX_SIGLIST_LINE_CHARS) {
      errors.push({ file, line: entry.line, pattern: entry.pattern, message: `the line is ${entry.pattern.length.toLocaleString('en')} characters long; at most ${MAX_SIGLIST_LINE_CHARS.toLocaleString('en')} are allowed` });
      continue;
    }
    kept.push(entry);
  }
  return kept;
}

/** The error for the line whose groups would pass MAX_SIGLIST_GROUPS; it and the lines after it are left out. */
export function tooManyGroups(file: SiglistFile, entry: SiglistEntry, after: number): SiglistError {
  return { file, line: entry.line, pattern: entry.pattern, message: `the list has more than ${MAX_SIGLIST_GROUPS.toLocaleString('en')} groups: this line and the ${after.toLocaleString('en')} after it are left out` };
}
