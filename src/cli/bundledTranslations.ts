import { readFileSync } from 'node:fs';
import type { TranslationMemo } from '../engine/index.ts';

/** Written beside the CLI bundle by `npm run build:node` (scripts/build-cli.mjs). */
export const TRANSLATIONS_FILE = 'siglist-translations.json';

export interface TranslationsFile {
  /** The V8 that checked the translated regexes (a translation also says V8 accepts it). */
  readonly v8: string;
  readonly translations: Readonly<Record<string, { readonly source: string; readonly groupCount: number; readonly jsGroupCount: number; readonly names: readonly string[] }>>;
}

/**
 * The stock lists' regex translations the build kept beside the bundle, so a
 * one-crash `signify` skips most of the Python-regex translating (~15 ms of
 * cold code); none when run from source or under another V8.
 */
export function loadBundledTranslations(): TranslationMemo | undefined {
  let file: TranslationsFile;
  try {
    file = JSON.parse(readFileSync(new URL(`./${TRANSLATIONS_FILE}`, import.meta.url), 'utf8')) as TranslationsFile;
  } catch {
    return undefined;
  }
  if (file.v8 !== process.versions.v8) return undefined;
  // Written by an older build (before translations counted their JavaScript groups): translate afresh.
  if (Object.values(file.translations).some((translated) => typeof translated.jsGroupCount !== 'number')) return undefined;
  const known = new Map(Object.entries(file.translations));
  return { get: (key) => known.get(key) };
}
