import { emitJsRegex } from './emitJsRegex.ts';
import { parsePythonRegex, type ParseOptions } from './parsePythonRegex.ts';
import { PythonRegexError } from './pythonRegexAst.ts';

export { PythonRegexError } from './pythonRegexAst.ts';

export interface TranslatedRegex {
  /** JavaScript source for a RegExp with the `u` flag. */
  readonly source: string;
  /** Capturing groups the pattern defines. */
  readonly groupCount: number;
  readonly names: readonly string[];
}

/**
 * Characters that are literal, unescaped, outside a character class, both in
 * Python `re` and in a JavaScript RegExp with the `u` flag (no metacharacters,
 * no braces, no backslash).
 */
const PLAIN_LITERAL = /^[A-Za-z0-9_:<> ~,=!@#%&'"-]*$/;

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
  if (PLAIN_LITERAL.test(pattern)) return { source: pattern, groupCount: 0, names: [] };
  const parsed = parsePythonRegex(pattern, options);
  const source = emitJsRegex(parsed.root, options.jsGroupBase ?? 0);
  try {
    // Checked standalone: backreferences to earlier groups are made local for the check.
    new RegExp(emitJsRegex(parsed.root, 0), 'u');
  } catch (error) {
    throw new PythonRegexError(`cannot be used in the browser: ${(error as Error).message}`, -1);
  }
  return { source, groupCount: parsed.groupCount, names: parsed.names };
}
