import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextCache } from '../github/createGitHubClient.ts';

/**
 * Text by key on disk, one file per key (named by `fileNameOf`). Writes go
 * to a temporary file first, so an interrupted run never leaves half a file.
 * A cache is a help, never a reason to fail: a folder that cannot be written
 * (read-only, a file in the way) is reported once through `warn` and the run
 * goes on without storing; a file that cannot be read is a miss.
 */
export function createFileStore(dir: string, fileNameOf: (key: string) => string, warn: (message: string) => void): TextCache {
  let unwritable = false;
  return {
    async get(key) {
      try {
        return await readFile(join(dir, fileNameOf(key)), 'utf8');
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      if (unwritable) return;
      const path = join(dir, fileNameOf(key));
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temporary, value);
        await rename(temporary, path);
      } catch (error) {
        unwritable = true;
        warn(`cannot write the cache in ${dir} (${(error as Error).message}); going on without it`);
      }
    },
  };
}

/** Text by key on disk (GitHub answers), one file per key named by its SHA-256. */
export function createFileTextCache(dir: string, warn: (message: string) => void): TextCache {
  return createFileStore(dir, (key) => `${createHash('sha256').update(key).digest('hex')}.txt`, warn);
}
