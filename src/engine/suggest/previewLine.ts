import type { CandidateLine, SignatureCount, SignedSet, SigningSource } from './types.ts';
import type { CandidateSet } from './withLineAdded.ts';

/** Crashes outside the bucket that change, by before → after. */
export interface OtherChange {
  readonly before: string;
  readonly after: string;
  readonly positions: readonly number[];
}

/** A signature that, with the line, gathers crashes of more than one signature. */
export interface Merge {
  readonly signature: string;
  readonly total: number;
  /** The signatures (before the line) whose crashes now sign as this one, with how many. */
  readonly from: readonly SignatureCount[];
}

/** A candidate line with what it does to the loaded crashes, found by signing them with it. */
export interface Suggestion extends CandidateLine {
  /** What the bucket's crashes sign as with the line added, biggest first. */
  readonly buckets: readonly SignatureCount[];
  /** Other loaded crashes whose signature changes. */
  readonly othersChanged: number;
  readonly others: readonly OtherChange[];
  /** Signatures that gather the bucket's crashes and crashes of other signatures. */
  readonly merges: readonly Merge[];
  /** Crashes signed again for this preview (the ones the line could change). */
  readonly resigned: number;
  /**
   * The ranking: crashes regrouped as the kind intends (split off the biggest
   * part; of other signatures, joined), less the bucket's crashes a split
   * renames away from the signature, less other crashes changed.
   */
  readonly score: number;
}

const bySize = (a: SignatureCount, b: SignatureCount) => b.count - a.count || (a.signature < b.signature ? -1 : 1);

const countsOf = (map: ReadonlyMap<string, number>): SignatureCount[] => [...map].map(([signature, count]) => ({ signature, count })).sort(bySize);

function add(map: Map<string, number>, key: string, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * Signs the crashes the line could change with the candidate set and reports
 * what every loaded crash signs as with it: exact, since each crash it could
 * change is signed again and the others are shown to keep their signature.
 */
export function previewLine(
  source: SigningSource,
  base: SignedSet,
  signature: string,
  bucketSize: number,
  counts: ReadonlyMap<string, number>,
  line: CandidateLine,
  candidate: CandidateSet,
  mayChange: readonly number[],
): Suggestion {
  const bucketMoves = new Map<string, number>();
  const others = new Map<string, { before: string; after: string; positions: number[] }>();
  /** Per new signature: the old signatures of the crashes that moved into it. */
  const arrivals = new Map<string, Map<string, number>>();
  /** Per old signature: crashes that left it. */
  const departures = new Map<string, number>();
  let othersChanged = 0;
  for (const position of mayChange) {
    const before = base.signatures[position] ?? '';
    const after = source.sign(position, candidate.generator)?.signature ?? '';
    if (after === before) continue;
    if (before === signature) add(bucketMoves, after);
    else {
      othersChanged++;
      const key = `${before}\u0000${after}`;
      const known = others.get(key);
      if (known) known.positions.push(position);
      else others.set(key, { before, after, positions: [position] });
    }
    add(departures, before);
    let into = arrivals.get(after);
    if (!into) arrivals.set(after, (into = new Map()));
    add(into, before);
  }

  const moved = [...bucketMoves.values()].reduce((sum, count) => sum + count, 0);
  const buckets = countsOf(new Map([...(bucketSize > moved ? [[signature, bucketSize - moved] as const] : []), ...bucketMoves]));

  const merges: Merge[] = [];
  for (const [after, from] of arrivals) {
    if (after === '') continue;
    // Crashes that had this signature already and kept it are part of it too.
    const stayed = (counts.get(after) ?? 0) - (departures.get(after) ?? 0);
    const sources = new Map(from);
    if (stayed > 0) add(sources, after, stayed);
    if (sources.size < 2) continue;
    const list = countsOf(sources);
    merges.push({ signature: after, total: list.reduce((sum, entry) => sum + entry.count, 0), from: list });
  }
  merges.sort((a, b) => b.total - a.total);

  // Ranking: crashes regrouped as the kind intends, less other crashes changed on the side.
  const main = mainMerge(buckets, merges, bucketSize);
  const joining = main ? main.from.filter((entry) => entry.signature !== signature) : [];
  // A merge's own point is moving other crashes in: those are not a side effect (crashes that had the merged signature already did not move).
  const movedIn = joining.filter((entry) => entry.signature !== main?.signature).reduce((sum, entry) => sum + entry.count, 0);
  // A split that keeps the signature as the start of the new ones (a prefix line) beats one that renames crashes away from it.
  const renamed = buckets.filter((entry) => entry.signature !== signature && !entry.signature.startsWith(`${signature} | `)).reduce((sum, entry) => sum + entry.count, 0);
  const score =
    line.kind === 'split'
      ? bucketSize - (buckets[0]?.count ?? 0) - renamed - othersChanged
      : joining.reduce((sum, entry) => sum + entry.count, 0) - (othersChanged - movedIn);
  return {
    ...line,
    buckets,
    othersChanged,
    others: [...others.values()].sort((a, b) => b.positions.length - a.positions.length),
    merges,
    resigned: mayChange.length,
    score,
  };
}

/** The merge that takes most of the bucket along (at least half of it), if there is one. */
function mainMerge(buckets: readonly SignatureCount[], merges: readonly Merge[], bucketSize: number): Merge | undefined {
  const biggest = buckets[0];
  if (!biggest || biggest.count * 2 < bucketSize) return undefined;
  return merges.find((merge) => merge.signature === biggest.signature);
}

/**
 * Whether the preview does what its kind promises: the bucket splits, or most
 * of it (at least half) ends up in one signature with crashes of another.
 */
export function keepsPromise(suggestion: Suggestion): boolean {
  if (suggestion.kind === 'split') return suggestion.buckets.length >= 2;
  const bucketSize = suggestion.buckets.reduce((sum, entry) => sum + entry.count, 0);
  return mainMerge(suggestion.buckets, suggestion.merges, bucketSize) !== undefined;
}
