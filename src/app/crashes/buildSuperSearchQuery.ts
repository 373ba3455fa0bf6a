export interface CrashSearch {
  readonly product: string;
  readonly version: string;
  readonly channel: string;
  readonly signatureContains: string;
  /** yyyy-mm-dd */
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** Past 10,000 the date range is fetched in windows (see fetchSuperSearchHits); this only bounds a run. */
export const MAX_RESULTS = 100_000;
const MAX_DAYS = 365;

/** Why a search cannot be sent, or null. */
export function validateSearch(search: CrashSearch): string | null {
  if (!Number.isInteger(search.count) || search.count < 1 || search.count > MAX_RESULTS) return `How many must be between 1 and ${MAX_RESULTS}.`;
  const from = Date.parse(search.from);
  const to = Date.parse(search.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return 'Both dates are needed.';
  if (to <= from) return 'The end date must be after the start date.';
  if ((to - from) / 86_400_000 > MAX_DAYS) return `Super Search covers at most ${MAX_DAYS} days.`;
  return null;
}

/** The search's filters (and sort), to page through with fetchSuperSearchHits. */
export function buildSuperSearchFilters(search: CrashSearch): URLSearchParams {
  const query = new URLSearchParams();
  if (search.product) query.append('product', search.product);
  if (search.version) query.append('version', search.version);
  if (search.channel) query.append('release_channel', search.channel);
  if (search.signatureContains) query.append('signature', `~${search.signatureContains}`);
  query.append('date', `>=${search.from}`);
  query.append('date', `<${search.to}`);
  query.append('_sort', '-date');
  return query;
}
