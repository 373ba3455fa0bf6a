import { SIGLIST_FILES, type SiglistFile } from '../../engine/types.ts';

/** The results as the sender left them: which tab, which filters. Selection and "changed only" travel beside it. */
export interface SharedView {
  readonly results: 'changes' | 'crashes';
  /** The Changes view's kind chip and text filter. */
  readonly kind: 'changed' | 'renamed' | 'merged' | 'split' | 'unchanged' | 'all';
  readonly text: string;
  readonly driftOnly: boolean;
  /** The crash table narrowed to one stock → edited pair… */
  readonly pair?: { readonly stock: string; readonly edited: string };
  /** …or to the crashes one siglist line decided (worked out again once the crashes are in). */
  readonly line?: { readonly file: SiglistFile; readonly line: number };
}

/**
 * A Super Search loaded in fast mode: the recipient signs it again from its
 * columns (1,000 crashes a request) instead of fetching each crash.
 */
export interface CarriedSearch {
  /** The search's filters, as URL parameters (`_` parameters other than `_sort` dropped). */
  readonly params: string;
  readonly wanted: number;
  readonly trustShutdownHang?: boolean;
}

const KINDS: readonly string[] = ['changed', 'renamed', 'merged', 'split', 'unchanged', 'all'];
const MAX_TEXT = 1_000;
/** A signature is at most 255 characters; some slack for old ones. */
const MAX_SIGNATURE = 1_024;
const MAX_PARAMS = 8_000;
const MAX_SEARCHES = 20;
const MAX_WANTED = 100_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** Checks an untrusted `view`; undefined when absent, null when malformed. */
export function readSharedView(value: unknown): SharedView | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const { results, kind, text, driftOnly, pair, line } = value;
  if ((results !== 'changes' && results !== 'crashes') || !KINDS.includes(kind as string) || !shortString(text, MAX_TEXT) || typeof driftOnly !== 'boolean') return null;
  if (pair !== undefined && !(isRecord(pair) && shortString(pair.stock, MAX_SIGNATURE) && shortString(pair.edited, MAX_SIGNATURE))) return null;
  if (
    line !== undefined &&
    !(isRecord(line) && (SIGLIST_FILES as readonly unknown[]).includes(line.file) && typeof line.line === 'number' && Number.isInteger(line.line) && line.line > 0 && line.line <= 100_000)
  ) {
    return null;
  }
  if (pair !== undefined && line !== undefined) return null;
  return {
    results,
    kind: kind as SharedView['kind'],
    text,
    driftOnly,
    ...(pair ? { pair: { stock: (pair as { stock: string }).stock, edited: (pair as { edited: string }).edited } } : {}),
    ...(line ? { line: { file: (line as { file: SiglistFile }).file, line: (line as { line: number }).line } } : {}),
  };
}

/** Checks untrusted `searches`; undefined when absent, null when malformed. */
export function readCarriedSearches(value: unknown): CarriedSearch[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_SEARCHES) return null;
  const searches: CarriedSearch[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || !shortString(entry.params, MAX_PARAMS)) return null;
    const { params, wanted, trustShutdownHang } = entry;
    if (typeof wanted !== 'number' || !Number.isInteger(wanted) || wanted < 1 || wanted > MAX_WANTED) return null;
    if (trustShutdownHang !== undefined && typeof trustShutdownHang !== 'boolean') return null;
    // Only the search's own filters: the page sets `_columns`, `_results_number` and the rest itself.
    if ([...new URLSearchParams(params).keys()].some((key) => key.startsWith('_') && key !== '_sort')) return null;
    searches.push({ params, wanted, ...(trustShutdownHang ? { trustShutdownHang: true } : {}) });
  }
  return searches;
}
