import type { NormalizationKind, NormalizationStep, SiglistMatch } from '../types.ts';
import type { SiglistMatcher } from '../siglists/compileSiglists.ts';
import { isPyDict, pyGet, pyTruthy } from '../python/pyValues.ts';
import { PyError, pyTypeName } from '../python/pyErrors.ts';
import { pyStr } from '../python/pyStr.ts';
import { pyRStrip } from '../python/pyText.ts';
import { requireString } from '../python/requireString.ts';
import { collapseCppFunction, collapseRustFunction, dropRustHash, fixSpacing, type StepRecorder } from './normalizeFunction.ts';
import { isRustSourceFile } from './parseSourceFile.ts';
import { createStringMemo } from './stringMemo.ts';
import { stripLeadingZeros } from './stripLeadingZeros.ts';

/**
 * The frame fields normalisation looks at (an inline shares its frame's module
 * and offsets). A missing field reads as None, as `frame.get(key)` does.
 */
export interface FrameFields {
  readonly module?: unknown;
  readonly function?: unknown;
  readonly file?: unknown;
  readonly line?: unknown;
  readonly module_offset?: unknown;
  readonly offset?: unknown;
  readonly unloaded_modules?: unknown;
}

export interface NormalizedFrame {
  readonly text: string;
  /** The `signatures_with_line_numbers_re` line that added `:line`, if any. */
  readonly lineNumberMatch?: SiglistMatch;
  /** Each transformation that changed the text, in order (only when asked to explain). */
  readonly steps?: readonly NormalizationStep[];
}

export interface FrameNormalizer {
  /**
   * Normalises one frame; `lowerCaseModule`: Windows, where a bare module name
   * is lower-cased; `explain`: also list the transformations (traces).
   */
  (frame: FrameFields, lowerCaseModule?: boolean, explain?: boolean): NormalizedFrame;
  /**
   * The same for the common frame, function `fn` (a non-empty string) in
   * `file`, without building its fields; null when a line number is appended
   * (the caller normalises the whole frame then, which reads the line).
   */
  readonly symbolOnly: (fn: string, file: unknown) => NormalizedFrame | null;
}

interface CollapsedSymbol {
  readonly collapsed: string;
  readonly lineNumberMatch: SiglistMatch | null;
  /** The finished frame when no line number is appended: one object for every frame with this symbol. */
  readonly finished: NormalizedFrame;
  /** The collapsing transformations, worked out the first time a trace asks (then kept with the symbol). */
  steps: readonly NormalizationStep[] | null;
}

/** A recorder that appends to `steps`. */
const recorderOf =
  (steps: NormalizationStep[]): StepRecorder =>
  (kind, before, after) =>
    steps.push({ kind, before, after });

const CACHE_LIMIT = 50_000;
/** Characters of symbols and their collapsed forms kept per memo (tens of MB at most). */
const CACHE_CHARS = 8 << 20;
/** Symbols longer than this are normalised each time (linear, and rare): kept, each would weigh megabytes. */
const CACHE_MAX_SYMBOL_CHARS = 64 << 10;
/** Longer than any real symbol (C++ templates run to a few KB). */
const FLATTEN_MAX_CHARS = 16_384;

/**
 * Builds the frame normaliser for one set of siglists. The best available
 * description wins: function symbol, then file#line, module, first unloaded
 * module, offset. Symbol work is memoised because the same functions recur
 * across thousands of crashes.
 */
export function createFrameNormalizer(lineNumbers: SiglistMatcher): FrameNormalizer {
  const bounds = { chars: CACHE_CHARS, maxKeyChars: CACHE_MAX_SYMBOL_CHARS, weigh: (symbol: CollapsedSymbol) => symbol.collapsed.length + symbol.finished.text.length };
  const cppCache = createStringMemo<CollapsedSymbol>(CACHE_LIMIT, bounds);
  const rustCache = createStringMemo<CollapsedSymbol>(CACHE_LIMIT, bounds);

  const collapseSymbol = (fn: string, rust: boolean): CollapsedSymbol => {
    const cache = rust ? rustCache : cppCache;
    let hit = cache.get(fn);
    if (hit === undefined) {
      const collapsed = rust ? collapseRustFunction(fn) : collapseCppFunction(fn);
      const lineNumberMatch = lineNumbers.match(collapsed);
      hit = { collapsed, lineNumberMatch, finished: { text: flatString(finish(collapsed, rust)) }, steps: null };
      cache.set(fn, hit);
    }
    return hit;
  };

  const symbolOnly = (fn: string, file: unknown): NormalizedFrame | null => {
    const symbol = collapseSymbol(fn, isRustSourceFile(file));
    return symbol.lineNumberMatch === null ? symbol.finished : null;
  };

  /** The same normalisation, listing each transformation: the same functions, recording. */
  const explainSymbol = (fn: string, rust: boolean, line: unknown): NormalizedFrame => {
    const symbol = collapseSymbol(fn, rust);
    if (symbol.steps === null) {
      const collapsing: NormalizationStep[] = [];
      (rust ? collapseRustFunction : collapseCppFunction)(fn, recorderOf(collapsing));
      symbol.steps = collapsing;
    }
    const steps = [...symbol.steps];
    let text = symbol.collapsed;
    if (symbol.lineNumberMatch !== null) {
      const withLine = `${text}:${pyStr(line ?? null)}`;
      steps.push({ kind: 'line-number-appended', before: text, after: withLine, match: symbol.lineNumberMatch });
      text = withLine;
    }
    const finished = finish(text, rust, recorderOf(steps));
    return symbol.lineNumberMatch === null ? { text: symbol.finished.text, steps } : { text: finished, lineNumberMatch: symbol.lineNumberMatch, steps };
  };

  const normalizeFrame = (frame: FrameFields, lowerCaseModule = false, explain = false): NormalizedFrame => {
    if (pyTruthy(frame.function)) {
      const fn = requireString(frame.function, 'endswith');
      const rust = isRustSourceFile(frame.file);
      if (explain) return explainSymbol(fn, rust, frame.line);
      const symbol = collapseSymbol(fn, rust);
      if (symbol.lineNumberMatch === null) return symbol.finished;
      return {
        text: finish(`${symbol.collapsed}:${pyStr(frame.line ?? null)}`, rust),
        lineNumberMatch: symbol.lineNumberMatch,
      };
    }
    if (!explain) return { text: describeFrameWithoutSymbol(frame, lowerCaseModule) };
    const steps: NormalizationStep[] = [];
    return { text: describeFrameWithoutSymbol(frame, lowerCaseModule, steps), steps };
  };
  return Object.assign(normalizeFrame, { symbolOnly });
}

/**
 * The same text as one flat string. Collapsing builds it from many pieces (a
 * rope); a cached text is read for every frame that has its symbol (joins,
 * siglist lookups), and a flat one reads about twice as fast.
 */
function flatString(text: string): string {
  // A long symbol is rare and read rarely: splitting it into characters would cost more than every read saves.
  return text.length > FLATTEN_MAX_CHARS ? text : text.split('').join('');
}

function finish(text: string, rust: boolean, record?: StepRecorder): string {
  const spaced = fixSpacing(text, record);
  return rust ? dropRustHash(spaced, record) : spaced;
}

/** `after`, noting which field described the frame (and how) when steps are listed. */
function described(steps: NormalizationStep[] | undefined, kind: NormalizationKind, before: string, after: string): string {
  steps?.push({ kind, before, after });
  return after;
}

function describeFrameWithoutSymbol(frame: FrameFields, lowerCaseModule: boolean, steps?: NormalizationStep[]): string {
  if (pyTruthy(frame.file) && pyTruthy(frame.line)) {
    const path = pyRStrip(requireString(frame.file, 'rstrip'), '/\\');
    const separator = path.includes('\\') ? '\\' : '/';
    const text = `${path.slice(path.lastIndexOf(separator) + 1)}#${pyStr(frame.line)}`;
    return steps ? described(steps, 'file-line', `${frame.file as string} line ${pyStr(frame.line)}`, text) : text;
  }
  if (pyTruthy(frame.module)) {
    // bug 1926077: some modules arrive wrapped in brackets, like `[libc.so.6]`.
    const module = requireString(frame.module, 'strip');
    if (!steps) return pyStripBrackets(lowerCaseModule ? module.toLowerCase() : module);
    described(steps, 'module', module, module);
    const cased = lowerCaseModule ? module.toLowerCase() : module;
    if (cased !== module) described(steps, 'module-lower-cased', module, cased);
    const stripped = pyStripBrackets(cased);
    return stripped === cased ? cased : described(steps, 'module-brackets-stripped', cased, stripped);
  }
  if (pyTruthy(frame.unloaded_modules)) {
    const text = `(unloaded ${pyStr(pyGet(firstItem(frame.unloaded_modules), 'module'))})`;
    return steps ? described(steps, 'unloaded-module', pyStr(frame.unloaded_modules), text) : text;
  }
  if (pyTruthy(frame.offset)) {
    const text = `@${pyStr(stripLeadingZeros(frame.offset))}`;
    return steps ? described(steps, 'offset', pyStr(frame.offset), text) : text;
  }
  steps?.push({ kind: 'nothing-to-show', before: '', after: '' });
  return '';
}

function pyStripBrackets(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '[' || text[start] === ']')) start++;
  while (end > start && (text[end - 1] === '[' || text[end - 1] === ']')) end--;
  return text.slice(start, end);
}

/** `value[0]` with Python's errors: a dict looks up the key 0 (KeyError), scalars are not subscriptable. */
function firstItem(value: unknown): unknown {
  if (Array.isArray(value) || typeof value === 'string') return value[0];
  if (isPyDict(value)) throw new PyError('KeyError', '0');
  throw new PyError('TypeError', `'${pyTypeName(value)}' object is not subscriptable`);
}
