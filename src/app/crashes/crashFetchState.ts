/** Where one crash id stands, shown in the results. */
export type CrashFetchState = 'queued' | 'fetching' | 'cached' | 'fetched' | 'not-found' | 'forbidden' | 'failed';

export interface CrashFetchStatus {
  readonly state: CrashFetchState;
  readonly message?: string;
}

export const STATE_LABELS: Readonly<Record<CrashFetchState, string>> = {
  queued: 'queued',
  fetching: 'fetching…',
  cached: 'cached',
  fetched: 'fetched',
  'not-found': 'not found',
  forbidden: 'forbidden',
  failed: 'failed',
};

/** Seconds left, from the pace so far (requests are rate limited, so the pace is steady). */
export function estimateSecondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done === 0 || done >= total) return null;
  return Math.ceil(((elapsedMs / done) * (total - done)) / 1000);
}
