import type { CrashData } from '../engine/types.ts';

/** What fetching one crash ended with; HTTP and network problems are results, not exceptions. */
export type FetchCrashResult =
  /** `processed`: what signing reads of the processed crash (see readCrashJson), numbers as Python reads them. */
  | { readonly status: 'ok'; readonly crashId: string; readonly processed: Record<string, unknown> }
  | { readonly status: 'not-found' | 'forbidden' | 'failed'; readonly crashId: string; readonly message: string };

/** Stores converted crash data only: what signature generation needs, nothing personal. */
export interface CrashCache {
  get(crashId: string): Promise<CrashData | undefined>;
  set(crashId: string, data: CrashData): Promise<void>;
}

export const DEFAULT_API_URL = 'https://crash-stats.mozilla.org/api';
