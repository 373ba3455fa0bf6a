import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextCache } from '../github/createGitHubClient.ts';

/**
 * Text by key on disk, one file per key (named by `fileNameOf`). Writes go
 * to a temporary file first, so an interrupted run never leaves half a file.
 */
export function createFileStore(dir: string, fileNameOf: (key: string) => string): TextCache {
  return {
    async get(key) {
      try {
        return await readFile(join(dir, fileNameOf(key)), 'utf8');
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, fileNameOf(key));
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, value);
      await rename(temporary, path);
    },
  };
}

/** Text by key on disk (GitHub answers), one file per key named by its SHA-256. */
export function createFileTextCache(dir: string): TextCache {
  return createFileStore(dir, (key) => `${createHash('sha256').update(key).digest('hex')}.txt`);
}
