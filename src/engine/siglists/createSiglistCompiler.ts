import type { SiglistError, SiglistFile, SiglistTexts } from '../types.ts';
import { createMatcher, createSentinelList, type CompiledSiglists, type SentinelList, type SiglistMatcher } from './compileSiglists.ts';
import type { TranslatedRegex } from './translatePythonRegex.ts';
import type { TranslationMemo } from './translationMemo.ts';
import { createStringMemo } from '../frames/stringMemo.ts';

/** Texts remembered per list: the stock text, the edited one, and a few recent edits. */
const KEPT_PER_LIST = 4;
/** Line translations remembered (the stock lists have about 1,000 lines). */
const MAX_TRANSLATIONS = 20_000;
/** …and their characters: lines may be 4 KB each. */
const MAX_TRANSLATION_CHARS = 8 << 20;

interface Compiled<T> {
  readonly text: string;
  readonly value: T;
  readonly errors: readonly SiglistError[];
}

/**
 * compileSiglists for a stream of edits: a list whose text was compiled
 * before is reused, matcher and all. Typing in one list then recompiles that
 * list only, and the other lists keep their memo of frames already matched,
 * so re-signing runs one list's expression instead of four. Line translations
 * are remembered too: recompiling the edited list translates the new line only.
 */
export function createSiglistCompiler(): (texts: SiglistTexts) => CompiledSiglists {
  const kept = new Map<SiglistFile, Compiled<unknown>[]>();
  // The edited list's lines were translated before, all but the line being typed: remember them.
  const translations: TranslationMemo = createStringMemo<TranslatedRegex>(MAX_TRANSLATIONS, { chars: MAX_TRANSLATION_CHARS, weigh: (translated) => translated.source.length });
  const matcher = (file: SiglistFile, text: string, errors: SiglistError[]) => createMatcher(file, text, errors, translations);
  const sentinelList = (file: SiglistFile, text: string, errors: SiglistError[]) => createSentinelList(file, text, errors, translations);
  function compiled<T>(file: SiglistFile, text: string, make: (file: SiglistFile, text: string, errors: SiglistError[]) => T): Compiled<T> {
    const list = (kept.get(file) ?? []) as Compiled<T>[];
    let found = list.find((entry) => entry.text === text);
    if (found) {
      list.splice(list.indexOf(found), 1);
    } else {
      const errors: SiglistError[] = [];
      found = { text, value: make(file, text, errors), errors };
      if (list.length >= KEPT_PER_LIST) list.shift();
    }
    list.push(found);
    kept.set(file, list as Compiled<unknown>[]);
    return found;
  }
  return (texts) => {
    const irrelevant = compiled<SiglistMatcher>('irrelevant_signature_re.txt', texts['irrelevant_signature_re.txt'], matcher);
    const prefix = compiled<SiglistMatcher>('prefix_signature_re.txt', texts['prefix_signature_re.txt'], matcher);
    const sentinels = compiled<SentinelList>('signature_sentinels.txt', texts['signature_sentinels.txt'], sentinelList);
    const lineNumbers = compiled<SiglistMatcher>('signatures_with_line_numbers_re.txt', texts['signatures_with_line_numbers_re.txt'], matcher);
    return {
      irrelevant: irrelevant.value,
      prefix: prefix.value,
      sentinels: sentinels.value,
      lineNumbers: lineNumbers.value,
      // In compileSiglists' order.
      errors: [...irrelevant.errors, ...prefix.errors, ...sentinels.errors, ...lineNumbers.errors],
    };
  };
}
