import { emitJsRegex } from './emitJsRegex.ts';
import { parsePythonRegex, type ParseOptions } from './parsePythonRegex.ts';
import { PythonRegexError } from './pythonRegexAst.ts';
import { regexRefusal } from './compileJoinedPattern.ts';
import { checkBackreferences } from './checkBackreferences.ts';
import { emitCommittedDotRuns } from './committedDotRuns.ts';

export { PythonRegexError } from './pythonRegexAst.ts';

export interface TranslatedRegex {
  /** JavaScript source for a RegExp with the `u` flag. */
  readonly source: string;
  /** Capturing groups the pattern defines (Python numbers them). */
  readonly groupCount: number;
  /** Capturing groups in `source`: `groupCount`, plus any a linear-time rewrite added (see committedDotRuns). */
  readonly jsGroupCount: number;
  readonly names: readonly string[];
}

/**
 * Characters that are literal, unescaped, outside a character class, both in
 * Python `re` and in a JavaScript RegExp with the `u` flag (no metacharacters,
 * no braces, no backslash).
 */
const PLAIN_LITERAL = /^[A-Za-z0-9_:<> ~,=!@#%&'"-]*$/;

/** A line that translates to itself, with no regex syntax at all. */
export function isPlainLiteral(pattern: string): boolean {
  return PLAIN_LITERAL.test(pattern);
}

export interface TranslateOptions extends ParseOptions {
  /** Capturing groups before this pattern in the final JavaScript RegExp. */
  readonly jsGroupBase?: number;
}

/**
 * Translates a Python `re` pattern into JavaScript with the same matching
 * semantics, or throws PythonRegexError saying why Python (or the browser)
 * cannot use it.
 */
export function translatePythonRegex(pattern: string, options: TranslateOptions = {}): TranslatedRegex {
  // Most siglist lines are plain names: the same literal text in Python and in a `u` RegExp.
  if (isPlainLiteral(pattern)) return { source: pattern, groupCount: 0, jsGroupCount: 0, names: [] };
  const parsed = parsePythonRegex(pattern, options);
  checkBackreferences(parsed.root);
  const emit = (jsGroupBase: number) => {
    const plain = emitJsRegex(parsed.root, jsGroupBase);
    if (parsed.groupCount > 0) return { source: plain, addedGroups: 0 };
    return emitCommittedDotRuns(parsed.root, jsGroupBase, (node) => emitJsRegex(node, jsGroupBase)) ?? { source: plain, addedGroups: 0 };
  };
  const { source, addedGroups } = emit(options.jsGroupBase ?? 0);
  // Checked standalone (backreferences to earlier groups are made local for the check), and run once,
  // since the engine may refuse a valid regex only when it first compiles it for a subject.
  const refusal = regexRefusal(emit(0).source);
  if (refusal !== null) throw new PythonRegexError(`cannot be used in the browser: ${refusal}`, -1);
  return { source, groupCount: parsed.groupCount, jsGroupCount: parsed.groupCount + addedGroups, names: parsed.names };
}
