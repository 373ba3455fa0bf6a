import { escapePythonRegex } from '../siglists/escapePythonRegex.ts';
import type { CompiledSiglists } from '../siglists/compileSiglists.ts';
import type { BucketBranch, BucketDescription } from './describeBucket.ts';
import type { CandidateLine } from './types.ts';
import type { CrashWalk } from './walkOf.ts';

/** Candidates of each kind looked at; each costs a re-signing of the crashes it may change. */
const STOP_FRAMES = 3;
const SENTINELS = 3;

const plural = (count: number, word: string, many = `${word}s`) => `${count.toLocaleString('en')} ${count === 1 ? word : many}`;
const crashes = (count: number) => plural(count, 'crash', 'crashes');

/** Frames the walk stopped at, most common first. */
function stopFrames(walks: readonly (CrashWalk | null)[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const walk of walks) {
    if (!walk?.stopped) continue;
    const frame = walk.frames[walk.kept[walk.kept.length - 1] as number] as string;
    counts.set(frame, (counts.get(frame) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The first branching of the tree (from the stop down the path all crashes share): its biggest branches. */
function firstBranches(tree: BucketBranch): { branches: readonly BucketBranch[]; total: number } {
  let node = tree;
  while (node.children.length === 1 && node.otherCount === 0 && node.endCount === 0 && (node.children[0] as BucketBranch).count === node.count) {
    node = node.children[0] as BucketBranch;
  }
  return { branches: node.children, total: node.count };
}

/**
 * Lines that could split a bucket: the frame the walk stops at, as a prefix
 * (escaped like Python's `re.escape`), so the walk goes on to the next frame;
 * and the frames where the crashes' paths part, as sentinels, so the crashes
 * that pass through one start their signature there.
 */
export function splitCandidates(walks: readonly (CrashWalk | null)[], bucket: BucketDescription, siglists: CompiledSiglists): CandidateLine[] {
  const lines: CandidateLine[] = [];
  for (const [frame, count] of stopFrames(walks).slice(0, STOP_FRAMES)) {
    lines.push({
      file: 'prefix_signature_re.txt',
      line: escapePythonRegex(frame),
      kind: 'split',
      why: `The walk stops at this frame in ${crashes(count)}; as a prefix frame it goes on to the frame after it (${plural(bucket.distinctNext, 'distinct next frame')}).`,
    });
  }
  const { branches, total } = firstBranches(bucket.tree);
  for (const branch of branches.slice(0, SENTINELS)) {
    if (branch.count >= total || siglists.sentinels.find(branch.frame)) continue;
    lines.push({
      file: 'signature_sentinels.txt',
      line: branch.frame,
      kind: 'split',
      why: `${crashes(branch.count)} of ${total.toLocaleString('en')} pass through this frame below the signature; as a sentinel their signature starts there.`,
    });
  }
  return lines;
}

/** How two frame lists differ, when they differ in one frame only. */
export type OneFrameDifference =
  | { readonly kind: 'replaced'; readonly index: number; readonly ours: string; readonly theirs: string }
  | { readonly kind: 'extra'; readonly frame: string; readonly ours: boolean };

export function differInOneFrame(ours: readonly string[], theirs: readonly string[]): OneFrameDifference | null {
  if (ours.length === theirs.length) {
    let at = -1;
    for (let index = 0; index < ours.length; index++) {
      if (ours[index] === theirs[index]) continue;
      if (at !== -1) return null;
      at = index;
    }
    return at === -1 ? null : { kind: 'replaced', index: at, ours: ours[at] as string, theirs: theirs[at] as string };
  }
  if (Math.abs(ours.length - theirs.length) !== 1) return null;
  const longer = ours.length > theirs.length ? ours : theirs;
  const shorter = longer === ours ? theirs : ours;
  let index = 0;
  while (index < shorter.length && longer[index] === shorter[index]) index++;
  for (let rest = index; rest < shorter.length; rest++) if (longer[rest + 1] !== shorter[rest]) return null;
  return { kind: 'extra', frame: longer[index] as string, ours: longer === ours };
}

/** Longest common start of two texts. */
function commonStart(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return a.slice(0, length);
}

/**
 * An irrelevant line that matches (at the start, as `re.match` does) both
 * frames and little else: their common start, then either ending —
 * `mozilla::Foo::(Bar|Baz)`, in the stock lists' own style.
 */
export function lineMatchingBoth(a: string, b: string): string {
  const common = commonStart(a, b);
  const restA = a.slice(common.length);
  const restB = b.slice(common.length);
  // One is the start of the other: re.match of the shorter matches both.
  if (restA === '' || restB === '') return escapePythonRegex(common);
  return `${escapePythonRegex(common)}(${escapePythonRegex(restA)}|${escapePythonRegex(restB)})`;
}

export interface Neighbour {
  readonly signature: string;
  readonly count: number;
  /** The frames the walk kept for one of its crashes. */
  readonly kept: readonly string[];
}

/**
 * Irrelevant lines that could merge the bucket with a signature that differs
 * from it in one frame: the extra frame one of them has, or both differing
 * frames; dropped, the rest of the walk is the same.
 */
export function mergeCandidates(signature: string, kept: readonly string[], neighbours: readonly Neighbour[]): CandidateLine[] {
  const lines: CandidateLine[] = [];
  for (const neighbour of neighbours) {
    const difference = differInOneFrame(kept, neighbour.kept);
    // Two one-frame signatures "differ in one frame" without anything in common: no merge to make.
    if (!difference || (difference.kind === 'replaced' && kept.length < 2)) continue;
    const other = `"${neighbour.signature}" (${crashes(neighbour.count)})`;
    if (difference.kind === 'extra') {
      lines.push({
        file: 'irrelevant_signature_re.txt',
        line: escapePythonRegex(difference.frame),
        kind: 'merge',
        why: difference.ours
          ? `This signature has one frame more than ${other}; irrelevant, it is dropped.`
          : `${other} has one frame more than this signature; irrelevant, it is dropped.`,
      });
    } else {
      lines.push({
        file: 'irrelevant_signature_re.txt',
        line: lineMatchingBoth(difference.ours, difference.theirs),
        kind: 'merge',
        why: `This signature and ${other} differ only in frame ${difference.index + 1}; irrelevant, both frames are dropped.`,
      });
    }
  }
  return lines;
}

/** Signatures (by text) that differ from this one in one part: the merges worth a look. */
export function neighbourSignatures(signature: string, counts: ReadonlyMap<string, number>, limit: number): string[] {
  const parts = signature.split(' | ');
  const found: [string, number][] = [];
  for (const [other, count] of counts) {
    if (other === signature || other === '') continue;
    // Cheap test first: one frame apart means at most one part more or less.
    const otherParts = other.split(' | ');
    if (Math.abs(otherParts.length - parts.length) > 1 || (parts.length < 2 && otherParts.length < 2)) continue;
    if (differInOneFrame(parts, otherParts)) found.push([other, count]);
  }
  return found
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([other]) => other);
}
