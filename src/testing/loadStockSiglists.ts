import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGLIST_FILES, type SiglistTexts } from '../engine/types.ts';

/** The repository root (this file lives in src/testing/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads the stock siglists that `npm install` materialised into public/siglists/. */
export function loadStockSiglists(dir = join(REPO_ROOT, 'public', 'siglists')): SiglistTexts {
  const entries = SIGLIST_FILES.map((file) => {
    try {
      return [file, readFileSync(join(dir, file), 'utf8')] as const;
    } catch {
      throw new Error(`${join(dir, file)} is missing: run \`npm install\` (it copies the stock siglists).`);
    }
  });
  return Object.fromEntries(entries) as unknown as SiglistTexts;
}
