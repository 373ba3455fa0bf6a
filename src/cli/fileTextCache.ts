import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextCache } from '../github/createGitHubClient.ts';

/** Text by key on disk (GitHub answers), one file per key named by its SHA-256; written atomically. */
export function createFileTextCache(dir: string): TextCache {
  const pathOf = (key: string) => join(dir, `${createHash('sha256').update(key).digest('hex')}.txt`);
  return {
    async get(key) {
      try {
        return await readFile(pathOf(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      const path = pathOf(key);
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, value);
      await rename(temporary, path);
    },
  };
}
