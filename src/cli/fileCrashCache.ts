import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isCrashId } from '../engine/crashIds.ts';
import type { CrashData } from '../engine/types.ts';
import type { CrashCache } from '../crash-stats/types.ts';

/** `$XDG_CACHE_HOME/siglab`, else `~/.cache/siglab`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'siglab');
}

/**
 * Converted crash data on disk, one JSON file per crash id. Writes go to a
 * temporary file first so an interrupted run never leaves half a file.
 */
export function createFileCrashCache(dir: string): CrashCache {
  const pathOf = (crashId: string) => {
    // Ids become file names: only well-formed ones are allowed.
    if (!isCrashId(crashId)) throw new Error(`not a crash id: ${crashId}`);
    return join(dir, `${crashId}.json`);
  };
  return {
    async get(crashId) {
      try {
        return JSON.parse(await readFile(pathOf(crashId), 'utf8')) as CrashData;
      } catch {
        return undefined;
      }
    },
    async set(crashId, data) {
      await mkdir(dir, { recursive: true });
      const path = pathOf(crashId);
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(data));
      await rename(temporary, path);
    },
  };
}
