import type { SiglistTexts } from '../../engine/types.ts';
import { diffSiglistLines, type LineChange } from './diffSiglistLines.ts';
import { literalRuns, pythonRegexToLucene } from './pythonRegexToLucene.ts';

export interface AffectedSearchScope {
  readonly product: string;
  /** yyyy-mm-dd or an ISO time; the range is [from, to). */
  readonly from: string;
  readonly to: string;
}

export interface AffectedQuery {
  readonly change: LineChange;
  /** `@` (regex) when every pattern of the line translated, else `~` (contains). */
  readonly operator: '@' | '~';
  /** The `proto_signature` values (Super Search ORs them): one per pattern the change touches. */
  readonly values: readonly string[];
  /** The whole query: product, dates and the proto_signature filters. */
  readonly params: URLSearchParams;
  /** Why a regex search was not possible, when it was not. */
  readonly note?: string;
}

export interface UnsearchableChange {
  readonly change: LineChange;
  readonly reason: string;
}

const SEPARATOR = ' \\| ';
/** Elasticsearch refuses longer regexps (`index.max_regex_length`, 1,000 by default). */
const MAX_REGEX_LENGTH = 1000;
/** A frame starts at the beginning of proto_signature or right after a separator. */
const FRAME_START = `(.*${SEPARATOR})?`;
const FRAME_END = `(${SEPARATOR}.*)?`;

function escapeLucene(text: string): string | null {
  // Control characters never occur in normalised frames; refusing them keeps queries readable.
  if (Array.from(text).some((char) => (char.codePointAt(0) as number) < 0x20 || char === '\u007f')) return null;
  return text.replace(/[.?+*|{}[\]()"\\#@&<>~^$]/g, '\\$&');
}

/**
 * Lucene regexp for "proto_signature has a frame this line decides":
 * irrelevant and prefix lines are `re.match`ed (anchored at the frame's start
 * only); sentinels are whole frames.
 */
function frameRegex(file: LineChange['file'], pattern: string): string | null {
  if (file === 'signature_sentinels.txt') {
    const escaped = escapeLucene(pattern);
    return escaped === null ? null : `${FRAME_START}${escaped}${FRAME_END}`;
  }
  const translated = pythonRegexToLucene(pattern);
  if (!translated) return null;
  return `${FRAME_START}(${translated.body})${translated.anchoredEnd ? FRAME_END : '.*'}`;
}

const patternsOf = (change: LineChange) =>
  change.kind === 'added' ? [change.after.pattern] : change.kind === 'removed' ? [change.before.pattern] : [change.before.pattern, change.after.pattern];

/**
 * Super Search queries that find the crashes a siglist edit can affect: for
 * each added, removed or changed line of the irrelevant, prefix and sentinel
 * lists, the crashes whose normalised frames (proto_signature) the line — old
 * or new — could match. A superset: a matching frame may sit below where the
 * walk stops. Lines with neither a translatable regex nor any literal text
 * are returned as unsearchable, with the reason.
 */
export function buildAffectedQueries(stock: SiglistTexts, edited: SiglistTexts, scope: AffectedSearchScope) {
  const queries: AffectedQuery[] = [];
  const unsearchable: UnsearchableChange[] = [];
  for (const change of diffSiglistLines(stock, edited)) {
    const patterns = patternsOf(change);
    const regexes = patterns.map((pattern) => frameRegex(change.file, pattern));
    let operator: AffectedQuery['operator'] = '@';
    let values: string[];
    let note: string | undefined;
    if (regexes.every((regex): regex is string => regex !== null && regex.length <= MAX_REGEX_LENGTH)) {
      values = regexes.map((regex) => `@${regex}`);
    } else {
      const runs = patterns.map((pattern) => (change.file === 'signature_sentinels.txt' ? [pattern] : literalRuns(pattern)));
      if (runs.some((run) => run === null)) {
        unsearchable.push({ change, reason: 'the pattern is no Elasticsearch regexp and has no literal text every match contains' });
        continue;
      }
      operator = '~';
      values = [...new Set(runs.flatMap((run) => run as string[]))].map((run) => `~${run}`);
      note = 'no Elasticsearch regexp (the pattern does not translate, or is too long): searching for its longest literal text instead';
    }
    const params = new URLSearchParams();
    if (scope.product) params.append('product', scope.product);
    params.append('date', `>=${scope.from}`);
    params.append('date', `<${scope.to}`);
    for (const value of values) params.append('proto_signature', value);
    queries.push({ change, operator, values, params, ...(note ? { note } : {}) });
  }
  return { queries, unsearchable };
}

/** "irrelevant_signature_re.txt line 12 added: foo" — how a query names its line. */
export function describeChange(change: LineChange): string {
  if (change.kind === 'added') return `${change.file} line ${change.after.line} added: ${change.after.pattern}`;
  if (change.kind === 'removed') return `${change.file} line ${change.before.line} removed: ${change.before.pattern}`;
  return `${change.file} line ${change.after.line} changed: ${change.before.pattern} → ${change.after.pattern}`;
}
