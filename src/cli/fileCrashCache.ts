import { homedir } from 'node:os';
import { join } from 'node:path';
import { isCrashId } from '../engine/crashIds.ts';
import { pyJsonDumps, readCrashJson } from '../engine/index.ts';
import type { CrashData } from '../engine/types.ts';
import type { CrashCache } from '../crash-stats/types.ts';
import { createFileStore } from './fileTextCache.ts';

/** `$XDG_CACHE_HOME/siglab`, else `~/.cache/siglab`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'siglab');
}

/** Converted crash data on disk, one JSON file per crash id (see createFileStore). */
export function createFileCrashCache(dir: string, warn: (message: string) => void): CrashCache {
  const files = createFileStore(
    dir,
    (crashId) => {
      // Ids become file names: only well-formed ones are allowed.
      if (!isCrashId(crashId)) throw new Error(`not a crash id: ${crashId}`);
      return `${crashId}.json`;
    },
    warn,
  );
  return {
    async get(crashId) {
      const text = await files.get(crashId);
      if (text === undefined) return undefined;
      // Read back as written: numbers as Python holds them (1.0 a float, big ints exact).
      const read = readCrashJson(text);
      // Crash data is an object; anything else (a stray `5`, an edited file) is a miss, fetched again.
      if (!('value' in read)) return undefined;
      return typeof read.value === 'object' && read.value !== null && !Array.isArray(read.value) ? (read.value as CrashData) : undefined;
    },
    set: (crashId, data) => files.set(crashId, pyJsonDumps(data)),
  };
}
