import { translatePythonRegex } from '../siglists/translatePythonRegex.ts';

/** A pattern as the engine runs it: Python `re` translated to a `u` RegExp (null when it cannot be). */
export type CompiledPattern = { readonly ok: true; readonly anchored: RegExp; readonly anywhere: RegExp } | { readonly ok: false; readonly message: string };

const MEMO_LIMIT = 2_000;
const memo = new Map<string, CompiledPattern>();

/** Compiles one siglist pattern alone, the way the engine translates it (memoised). */
export function compilePattern(pattern: string): CompiledPattern {
  const known = memo.get(pattern);
  if (known) return known;
  let compiled: CompiledPattern;
  try {
    const { source } = translatePythonRegex(pattern);
    compiled = { ok: true, anchored: new RegExp(`^(?:${source})`, 'u'), anywhere: new RegExp(source, 'u') };
  } catch (error) {
    compiled = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(pattern, compiled);
  return compiled;
}

/**
 * Python's `re.match(pattern, text)`: a match must start at the beginning of
 * the text but may end anywhere. The end of the match (a string index), or
 * null when there is none or the pattern cannot be compiled.
 */
export function pythonMatchEnd(pattern: string, text: string): number | null {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) return null;
  const found = compiled.anchored.exec(text);
  return found ? found[0].length : null;
}

/** Python's `re.search`: where the first match anywhere in the text starts and ends, or null. */
export function pythonSearch(pattern: string, text: string): { readonly start: number; readonly end: number } | null {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) return null;
  const found = compiled.anywhere.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}
