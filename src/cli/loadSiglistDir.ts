import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGLIST_FILES, type SiglistTexts } from '../engine/types.ts';

/** The stock lists `npm install` puts into the package's public/siglists/. */
export const STOCK_SIGLIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'siglists');

/**
 * Reads the four siglist files from a folder; the error names the file that is
 * missing. Four small files, read synchronously: node:fs/promises alone would
 * cost a one-crash `signify` about 2 ms to load.
 */
export async function loadSiglistDir(dir: string = STOCK_SIGLIST_DIR): Promise<SiglistTexts> {
  const entries = SIGLIST_FILES.map((file) => {
    const path = join(dir, file);
    try {
      return [file, readFileSync(path, 'utf8')] as const;
    } catch {
      throw new Error(`cannot read siglist ${path}${dir === STOCK_SIGLIST_DIR ? ' (run `npm install` to copy the stock siglists)' : ''}`);
    }
  });
  return Object.fromEntries(entries) as unknown as SiglistTexts;
}
