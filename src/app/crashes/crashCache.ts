import { clear, createStore, get, keys, set, type UseStore } from 'idb-keyval';
import type { CrashData } from '../../engine/types.ts';
import type { CrashCache } from '../../crash-stats/types.ts';

let store: UseStore | null = null;
// Opened lazily: tests and browsers without IndexedDB never touch it.
const crashStore = () => (store ??= createStore('siglab', 'converted-crashes'));

/** Cache key: the same id may mean another crash on another API (a test server, say). */
const keyOf = (apiUrl: string, crashId: string) => `${apiUrl}|${crashId}`;

/**
 * Converted crash data in IndexedDB — only what signature generation needs,
 * never the raw processed crash — so a reload makes no request.
 */
export function createBrowserCrashCache(apiUrl: string): CrashCache {
  return {
    get: (crashId) => get<CrashData>(keyOf(apiUrl, crashId), crashStore()),
    set: (crashId, data) => set(keyOf(apiUrl, crashId), data, crashStore()),
  };
}

export interface CacheSize {
  readonly crashes: number;
  /** Bytes the origin stores in all, when the browser says. */
  readonly bytes: number | null;
}

export async function measureCrashCache(): Promise<CacheSize> {
  const crashes = (await keys(crashStore())).length;
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return { crashes, bytes: estimate?.usage ?? null };
}

export async function clearCrashCache(): Promise<void> {
  await clear(crashStore());
}
