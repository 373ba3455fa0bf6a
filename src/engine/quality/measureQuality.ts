import { SigTruncate } from '../rules/SigTruncate.ts';

/** bugbot's line: one problem when the top proto_signature holds more than this share of a signature's crashes. */
export const DOMINANT_PATH_SHARE = 0.6;

/** One crash as quality reads it: its signature, its notes and its proto_signature. */
export interface SignedForQuality {
  readonly signature: string;
  readonly notes: readonly string[];
  readonly protoSignature: string;
}

export interface QualityReport {
  readonly crashes: number;
  readonly signatures: number;
  /** Signatures with one crash. */
  readonly singletons: number;
  readonly biggest: { readonly signature: string; readonly count: number; readonly share: number } | null;
  /** Signatures SigTruncate cut at 255 characters. */
  readonly truncated: number;
  /** `EMPTY: …` signatures (no frame data). */
  readonly empty: number;
  /** Signatures whose most common proto_signature holds less than DOMINANT_PATH_SHARE of their crashes. */
  readonly noDominantPath: number;
  /** Crashes per signature, biggest first (for the size plot). */
  readonly sizes: readonly number[];
}

const TRUNCATED_NOTE = `${SigTruncate.name}: `;

/**
 * How good the buckets of a crash set are with one set of lists: how many
 * signatures, how many hold a single crash, how big the biggest is, how many
 * were truncated or are empty, and how many gather crashes that came by
 * different paths. Crashes with no signature (fast mode needs the full crash)
 * are left out.
 */
export function measureQuality(crashes: Iterable<SignedForQuality>): QualityReport {
  const bySignature = new Map<string, { count: number; truncated: boolean; paths: Map<string, number> }>();
  let total = 0;
  for (const crash of crashes) {
    if (crash.signature === '') continue;
    total++;
    let entry = bySignature.get(crash.signature);
    if (!entry) bySignature.set(crash.signature, (entry = { count: 0, truncated: false, paths: new Map() }));
    entry.count++;
    if (!entry.truncated && crash.notes.some((note) => note.startsWith(TRUNCATED_NOTE))) entry.truncated = true;
    entry.paths.set(crash.protoSignature, (entry.paths.get(crash.protoSignature) ?? 0) + 1);
  }
  let singletons = 0;
  let truncated = 0;
  let empty = 0;
  let noDominantPath = 0;
  let biggest: QualityReport['biggest'] = null;
  const sizes: number[] = [];
  for (const [signature, entry] of bySignature) {
    sizes.push(entry.count);
    if (entry.count === 1) singletons++;
    if (entry.truncated) truncated++;
    if (signature.startsWith('EMPTY: ')) empty++;
    let top = 0;
    for (const count of entry.paths.values()) top = Math.max(top, count);
    if (top / entry.count < DOMINANT_PATH_SHARE) noDominantPath++;
    if (!biggest || entry.count > biggest.count) biggest = { signature, count: entry.count, share: entry.count / total };
  }
  sizes.sort((a, b) => b - a);
  return { crashes: total, signatures: bySignature.size, singletons, biggest, truncated, empty, noDominantPath, sizes };
}
