import type { CrashCache } from '../../crash-stats/types.ts';

/** Why storing failed, in words (a full disk says so). */
function describeStorageError(error: unknown): string {
  const full = error instanceof DOMException && error.name === 'QuotaExceededError';
  return full ? 'browser storage is full' : error instanceof Error ? error.message : String(error);
}

/**
 * The cache is a convenience: when IndexedDB is full, blocked or missing, a
 * crash the API gave us is still used (kept in memory) and the problem is
 * reported once, instead of the crash showing up as "failed".
 */
export function resilientCrashCache(cache: CrashCache, onProblem: (message: string) => void): CrashCache {
  return {
    async get(crashId) {
      try {
        return await cache.get(crashId);
      } catch (error) {
        onProblem(`The crash cache cannot be read (${describeStorageError(error)}): crashes are fetched again.`);
        return undefined;
      }
    },
    async set(crashId, data) {
      try {
        await cache.set(crashId, data);
      } catch (error) {
        onProblem(`Fetched crashes are loaded but not cached (${describeStorageError(error)}): a reload fetches them again.`);
      }
    },
  };
}
