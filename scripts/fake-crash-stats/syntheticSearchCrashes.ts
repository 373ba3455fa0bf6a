import { makeSyntheticCrashes } from '../bench/makeSyntheticCrashes.ts';

/** Distinct crash bodies behind the synthetic search: many crashes share one, as real buckets do. */
const TEMPLATES = 400;

/** The id of the n-th synthetic search crash (date suffix 261010). */
export function searchCrashId(n: number): string {
  return `5ea7${n.toString(16).padStart(8, '0').slice(0, 4)}-${n.toString(16).padStart(8, '0').slice(4)}-4000-8000-000000261010`;
}

export interface SyntheticSearchOptions {
  readonly count: number;
  /** ISO start of the date range the crashes spread over evenly. */
  readonly from: string;
  readonly days: number;
}

/**
 * Many processed crashes over a date range for Super Search paging and
 * windowing tests (25,000 is more than one Elasticsearch window holds),
 * made lazily from a few hundred synthetic bodies so the fake stays small.
 */
export function createSyntheticSearchCrashes({ count, from, days }: SyntheticSearchOptions) {
  const templates = makeSyntheticCrashes(TEMPLATES, 11);
  const start = Date.parse(from);
  const span = days * 86_400_000;
  const byId = new Map<string, number>();
  for (let n = 0; n < count; n++) byId.set(searchCrashId(n), n);
  const crash = (n: number): Record<string, unknown> => ({
    ...(templates[n % TEMPLATES] as Record<string, unknown>),
    uuid: searchCrashId(n),
    product: 'Firefox',
    date_processed: new Date(start + Math.floor((n * span) / count)).toISOString(),
  });
  return {
    count,
    /** Template index of crash n: crashes with the same template have the same search document apart from uuid and date. */
    template: (n: number) => n % TEMPLATES,
    crash,
    get: (crashId: string) => {
      const n = byId.get(crashId);
      return n === undefined ? undefined : crash(n);
    },
  };
}
