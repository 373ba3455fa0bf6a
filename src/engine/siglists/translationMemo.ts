import { isPlainLiteral, translatePythonRegex, type TranslatedRegex, type TranslateOptions } from './translatePythonRegex.ts';

/**
 * Translations of siglist lines kept from an earlier compile, e.g. of the
 * stock lists at build time (the CLI's bundle carries them): translating the
 * Python regexes is half of compiling the lists, and a one-shot process runs
 * that parser in cold code. Only lines that translated without error are
 * kept; a line not found is translated as usual.
 */
export interface TranslationMemo {
  get(key: string): TranslatedRegex | undefined;
  /** Present when the memo records (at build time). */
  set?(key: string, translated: TranslatedRegex): void;
}

/** The line and everything else its translation depends on. */
function translationKey(pattern: string, options: TranslateOptions): string {
  return `${options.groupBase ?? 0}\t${options.jsGroupBase ?? 0}\t${[...(options.namesBefore ?? [])].join(',')}\t${pattern}`;
}

/** translatePythonRegex through the memo; plain names are cheaper to translate than to look up. */
export function translateRemembered(pattern: string, options: TranslateOptions, memo: TranslationMemo | undefined): TranslatedRegex {
  if (memo === undefined || isPlainLiteral(pattern)) return translatePythonRegex(pattern, options);
  const key = translationKey(pattern, options);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const translated = translatePythonRegex(pattern, options);
  memo.set?.(key, translated);
  return translated;
}
