import { parseSiglistText } from '../siglists/parseSiglistText.ts';
import { SIGLIST_FILES, type SiglistFile, type SiglistMatch, type SiglistTexts } from '../types.ts';

/** Sentinels are looked up as plain text: only these lists run regexes, so only they can hang. */
export const REGEX_SIGLIST_FILES: readonly SiglistFile[] = SIGLIST_FILES.filter((file) => file !== 'signature_sentinels.txt');

/** A line that never matches: a list left with no line would match every frame instead (as upstream). */
const NEVER_MATCHES = '(?!)';

/** Every pattern line of the regex lists. */
export function regexLines(texts: SiglistTexts): SiglistMatch[] {
  return REGEX_SIGLIST_FILES.flatMap((file) => parseSiglistText(texts[file]).map((entry) => ({ file, line: entry.line, pattern: entry.pattern })));
}

const key = (line: SiglistMatch) => `${line.file}:${line.line}`;

/**
 * The lists with the given lines blanked, every other line where it was (so
 * line numbers still name the same lines). A list left empty gets a line
 * that never matches, so it does not start matching every frame.
 */
export function withoutLines(texts: SiglistTexts, removed: readonly SiglistMatch[]): SiglistTexts {
  const gone = new Set(removed.map(key));
  const next = { ...texts } as Record<SiglistFile, string>;
  for (const file of SIGLIST_FILES) {
    const lines = texts[file].split('\n');
    const kept = lines.map((text, index) => (gone.has(`${file}:${index + 1}`) ? '' : text));
    const empty = parseSiglistText(kept.join('\n')).length === 0;
    next[file] = empty && parseSiglistText(texts[file]).length > 0 ? `${kept.join('\n')}\n${NEVER_MATCHES}` : kept.join('\n');
  }
  return next;
}
