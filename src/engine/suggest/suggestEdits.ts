import type { FrameCache } from '../frames/frameCache.ts';
import type { TranslationMemo } from '../siglists/translationMemo.ts';
import { mergeCandidates, neighbourSignatures, splitCandidates, type Neighbour } from './candidateLines.ts';
import { crashesLineMayChange } from './crashesLineMayChange.ts';
import { describeBucket, type BucketDescription } from './describeBucket.ts';
import { buildFrameIndex, type FrameIndex } from './frameIndex.ts';
import { keepsPromise, previewLine, type Suggestion } from './previewLine.ts';
import type { CandidateLine, SignedSet, SigningSource } from './types.ts';
import { createCandidateMemo, withLineAdded } from './withLineAdded.ts';
import { keptFrames, walkOf, type CrashWalk } from './walkOf.ts';

export const DEFAULT_SUGGESTION_LIMIT = 10;
/** Signatures one frame away that are looked at for merges. */
const NEIGHBOURS = 5;
/** Crashes walked between two steps (a step is where the worker lets a newer request in). */
const WALKS_PER_STEP = 1_000;

export interface SuggestOptions {
  readonly limit?: number;
  /** Shared with the base set's generator, so candidates do not list frames again. */
  readonly frameCache?: FrameCache;
  readonly memo?: TranslationMemo;
  /** The frame index of the source with the base's line-number list, when already built. */
  readonly index?: FrameIndex;
  /** The bucket's walks (walkBucketSteps), when the bucket view already made them. */
  readonly walks?: readonly (CrashWalk | null)[];
}

/** The crashes of a signature, by position. */
export function positionsOf(signatures: readonly string[], signature: string): number[] {
  const positions: number[] = [];
  signatures.forEach((each, position) => {
    if (each === signature) positions.push(position);
  });
  return positions;
}

export function countSignatures(signatures: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const signature of signatures) counts.set(signature, (counts.get(signature) ?? 0) + 1);
  return counts;
}

/** The walks of some crashes with the base lists; yields every WALKS_PER_STEP crashes. */
function* walksOf(source: SigningSource, base: SignedSet, positions: readonly number[]): Generator<void, (CrashWalk | null)[]> {
  const walks: (CrashWalk | null)[] = [];
  for (const position of positions) {
    const result = source.sign(position, base.generator);
    walks.push(result && walkOf(result, base.generator.siglists));
    if (walks.length % WALKS_PER_STEP === 0) yield;
  }
  return walks;
}

/** The walks of a signature's crashes, in position order. */
export function walkBucketSteps(source: SigningSource, base: SignedSet, signature: string): Generator<void, (CrashWalk | null)[]> {
  return walksOf(source, base, positionsOf(base.signatures, signature));
}

/** The bucket view of a signature: its crashes' frames after the stop, as a tree, and what was dropped above it. */
export function* bucketSteps(source: SigningSource, base: SignedSet, signature: string): Generator<void, BucketDescription> {
  return describeBucket(yield* walkBucketSteps(source, base, signature));
}

/** The frames most of the bucket's crashes kept (its signature's frames as the walk saw them). */
function commonKept(walks: readonly (CrashWalk | null)[]): readonly string[] {
  const counts = new Map<string, { count: number; kept: string[] }>();
  for (const walk of walks) {
    if (!walk) continue;
    const kept = keptFrames(walk);
    const key = kept.join('\u0000');
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { count: 1, kept });
  }
  let best: { count: number; kept: string[] } = { count: 0, kept: [] };
  for (const entry of counts.values()) if (entry.count > best.count) best = entry;
  return best.kept;
}

/**
 * Suggested edits for the bucket of one signature, ranked, each with an exact
 * preview: candidate lines come from the walk (where it stopped, where the
 * paths part, signatures one frame away), then every crash the line could
 * change is signed again with the base lists plus the line. Candidates that do
 * not split (or merge) the bucket are left out. A generator: it yields between
 * steps so the worker can let newer work in; `runSteps` runs it to the end.
 */
export function* suggestionSteps(source: SigningSource, base: SignedSet, signature: string, options: SuggestOptions = {}): Generator<void, Suggestion[]> {
  const positions = positionsOf(base.signatures, signature);
  if (positions.length === 0) return [];
  const walks = options.walks?.length === positions.length ? options.walks : yield* walksOf(source, base, positions);
  const bucket = describeBucket(walks);
  const siglists = base.generator.siglists;
  const counts = countSignatures(base.signatures);

  const neighbours: Neighbour[] = [];
  for (const other of neighbourSignatures(signature, counts, NEIGHBOURS)) {
    const result = source.sign(base.signatures.indexOf(other), base.generator);
    const walk = result && walkOf(result, siglists);
    if (walk) neighbours.push({ signature: other, count: counts.get(other) ?? 0, kept: keptFrames(walk) });
  }
  const seen = new Set<string>();
  const candidates = [...splitCandidates(walks, bucket, siglists), ...mergeCandidates(signature, commonKept(walks), neighbours)].filter((candidate: CandidateLine) => {
    const key = `${candidate.file}\u0000${candidate.line}`;
    // A line the list has already would change nothing.
    if (seen.has(key) || base.texts[candidate.file].split('\n').some((line) => line.trim() === candidate.line)) return false;
    seen.add(key);
    return true;
  });
  yield;

  const index = options.index ?? buildFrameIndex(source, base.generator);
  const memo = options.memo ?? createCandidateMemo();
  const suggestions: Suggestion[] = [];
  for (const candidate of candidates) {
    yield;
    const set = withLineAdded(base, candidate.file, candidate.line, { frameCache: options.frameCache, memo });
    const mayChange = crashesLineMayChange(index, siglists, set.generator.siglists, candidate.file, memo);
    const suggestion = previewLine(source, base, signature, positions.length, counts, candidate, set, mayChange);
    if (keepsPromise(suggestion)) suggestions.push(suggestion);
  }
  suggestions.sort((a, b) => b.score - a.score || a.othersChanged - b.othersChanged || (a.line < b.line ? -1 : 1));
  return suggestions.slice(0, options.limit ?? DEFAULT_SUGGESTION_LIMIT);
}

/** Runs a step generator to its end, here and now. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
