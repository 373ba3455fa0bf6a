import type { SiglistMatch } from '../types.ts';
import type { SiglistMatcher } from '../siglists/compileSiglists.ts';
import { isPyDict, pyGet, pyTruthy } from '../python/pyValues.ts';
import { PyError, pyTypeName } from '../python/pyErrors.ts';
import { pyStr } from '../python/pyStr.ts';
import { pyRStrip } from '../python/pyText.ts';
import { requireString } from '../python/requireString.ts';
import { collapseCppFunction, collapseRustFunction, dropRustHash, fixSpacing } from './normalizeFunction.ts';
import { parseSourceFile } from './parseSourceFile.ts';
import { stripLeadingZeros } from './stripLeadingZeros.ts';

/** The frame fields normalisation looks at (an inline shares its frame's module and offsets). */
export interface FrameFields {
  readonly module: unknown;
  readonly function: unknown;
  readonly file: unknown;
  readonly line: unknown;
  readonly module_offset: unknown;
  readonly offset: unknown;
  readonly unloaded_modules?: unknown;
}

export interface NormalizedFrame {
  readonly text: string;
  /** The `signatures_with_line_numbers_re` line that added `:line`, if any. */
  readonly lineNumberMatch?: SiglistMatch;
}

interface CollapsedSymbol {
  readonly collapsed: string;
  readonly lineNumberMatch: SiglistMatch | null;
  /** The finished text when no line number is appended. */
  readonly finished: string;
}

const CACHE_LIMIT = 50_000;

/**
 * Builds the frame normaliser for one set of siglists. The best available
 * description wins: function symbol, then file#line, module, first unloaded
 * module, offset. Symbol work is memoised because the same functions recur
 * across thousands of crashes.
 */
export function createFrameNormalizer(lineNumbers: SiglistMatcher): (frame: FrameFields) => NormalizedFrame {
  const cppCache = new Map<string, CollapsedSymbol>();
  const rustCache = new Map<string, CollapsedSymbol>();

  const collapseSymbol = (fn: string, rust: boolean): CollapsedSymbol => {
    const cache = rust ? rustCache : cppCache;
    let hit = cache.get(fn);
    if (hit === undefined) {
      const collapsed = rust ? collapseRustFunction(fn) : collapseCppFunction(fn);
      const lineNumberMatch = lineNumbers.match(collapsed);
      hit = { collapsed, lineNumberMatch, finished: finish(collapsed, rust) };
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(fn, hit);
    }
    return hit;
  };

  return (frame) => {
    if (pyTruthy(frame.function)) {
      const fn = requireString(frame.function, 'endswith');
      const rust = isRustFile(frame.file);
      const symbol = collapseSymbol(fn, rust);
      if (symbol.lineNumberMatch === null) return { text: symbol.finished };
      return {
        text: finish(`${symbol.collapsed}:${pyStr(frame.line)}`, rust),
        lineNumberMatch: symbol.lineNumberMatch,
      };
    }
    return { text: describeFrameWithoutSymbol(frame) };
  };
}

function isRustFile(file: unknown): boolean {
  if (!pyTruthy(file)) return false;
  // Cheap pre-check; parseSourceFile still runs for anything that could be Rust
  // (and for non-strings, so they raise as upstream).
  if (typeof file === 'string' && !file.includes('.rs')) return false;
  return (parseSourceFile(file) ?? '').endsWith('.rs');
}

function finish(text: string, rust: boolean): string {
  const spaced = fixSpacing(text);
  return rust ? dropRustHash(spaced) : spaced;
}

function describeFrameWithoutSymbol(frame: FrameFields): string {
  if (pyTruthy(frame.file) && pyTruthy(frame.line)) {
    const path = pyRStrip(requireString(frame.file, 'rstrip'), '/\\');
    const separator = path.includes('\\') ? '\\' : '/';
    return `${path.slice(path.lastIndexOf(separator) + 1)}#${pyStr(frame.line)}`;
  }
  if (pyTruthy(frame.module)) {
    // bug 1926077: some modules arrive wrapped in brackets, like `[libc.so.6]`.
    return pyStripBrackets(requireString(frame.module, 'strip'));
  }
  if (pyTruthy(frame.unloaded_modules)) {
    return `(unloaded ${pyStr(pyGet(firstItem(frame.unloaded_modules), 'module'))})`;
  }
  if (pyTruthy(frame.offset)) return `@${pyStr(stripLeadingZeros(frame.offset))}`;
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
