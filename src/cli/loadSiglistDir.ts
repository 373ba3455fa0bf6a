import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGLIST_FILES, type SiglistTexts } from '../engine/types.ts';

/** The stock lists `npm install` puts into the package's public/siglists/. */
export const STOCK_SIGLIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'siglists');

/** Reads the four siglist files from a folder; the error names the file that is missing. */
export async function loadSiglistDir(dir: string = STOCK_SIGLIST_DIR): Promise<SiglistTexts> {
  const entries = await Promise.all(
    SIGLIST_FILES.map(async (file) => {
      const path = join(dir, file);
      try {
        return [file, await readFile(path, 'utf8')] as const;
      } catch {
        throw new Error(`cannot read siglist ${path}${dir === STOCK_SIGLIST_DIR ? ' (run `npm install` to copy the stock siglists)' : ''}`);
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as SiglistTexts;
}
