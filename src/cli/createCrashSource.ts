import { convertProcessedCrash } from '../engine/index.ts';
import type { CrashData } from '../engine/types.ts';
import { createCrashStatsClient } from '../crash-stats/createCrashStatsClient.ts';
import type { CrashCache } from '../crash-stats/types.ts';
import type { CliIo } from './cliIo.ts';

/** The options of a command that fetches crashes by id (for parseArgs): cache, request time limit, watchdog. */
export const CRASH_FETCH_OPTIONS = {
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  timeout: { type: 'string', default: '30' },
  watchdog: { type: 'string', default: '10' },
} as const;

export interface CrashSource {
  load(crashId: string): Promise<{ crash: CrashData } | { error: string }>;
}

/** Crashes by id (the token only as tokenForApi allows it): from the on-disk cache, else fetched from Crash Stats (ProcessedCrash) and kept there. */
export function createCrashSource(io: CliIo, apiUrl: string, token: string | undefined, cache: CrashCache | null, timeoutMs: number): CrashSource {
  const client = createCrashStatsClient({ apiUrl, token, fetch: io.fetch, timeoutMs });
  return {
    async load(crashId) {
      const cached = await cache?.get(crashId);
      if (cached) return { crash: cached };
      const fetched = await client.getProcessedCrash(crashId);
      if (fetched.status !== 'ok') return { error: `${crashId}: ${fetched.message}` };
      let crash: CrashData;
      try {
        crash = convertProcessedCrash(fetched.processed);
      } catch (error) {
        // Upstream's conversion raises on such a crash too (an oom_allocation_size of 1e999, say).
        return { error: `${crashId}: ${(error as Error).message}` };
      }
      await cache?.set(crashId, crash);
      return { crash };
    },
  };
}
