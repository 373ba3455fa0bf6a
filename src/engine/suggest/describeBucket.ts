import type { FrameDecision, SiglistMatch } from '../types.ts';
import type { CrashWalk } from './walkOf.ts';

/** One branch of the tree of frames after the walk stopped. */
export interface BucketBranch {
  readonly frame: string;
  readonly count: number;
  /** Biggest first; at most BRANCH_LIMIT, the rest counted in `otherCount`. */
  readonly children: readonly BucketBranch[];
  /** Crashes that go on through branches not listed. */
  readonly otherCount: number;
  /** Crashes whose frames end here. */
  readonly endCount: number;
}

/** A frame the walk dropped just before the signature's first frame, and in how many crashes. */
export interface DroppedFrame {
  readonly frame: string;
  readonly decision: FrameDecision;
  readonly match?: SiglistMatch;
  readonly count: number;
}

export interface BucketDescription {
  readonly crashes: number;
  /** Crashes with no frame walk (Java crashes, unreadable stacks): not in the tree. */
  readonly walkless: number;
  /** The frames after the last frame the walk kept, as a tree; the root's frame is empty. */
  readonly tree: BucketBranch;
  /** Share of the crashes that have the most common proto_signature (all frames of the walked thread). */
  readonly topPathShare: number;
  readonly topPathCount: number;
  /** The most common proto_signature's frames after the stop (the tree's top path). */
  readonly topPath: readonly string[];
  /** Distinct frames right after the stop (the tree's first level, all of them). */
  readonly distinctNext: number;
  /** Dropped frames just before the signature's first frame, most common first. */
  readonly dropped: readonly DroppedFrame[];
}

export const TREE_DEPTH = 6;
const BRANCH_LIMIT = 10;
/** Dropped frames looked at per crash, counting back from the signature's first frame. */
const DROPPED_PER_CRASH = 3;
const DROPPED_LIMIT = 12;

interface Node {
  frame: string;
  count: number;
  ends: number;
  children: Map<string, Node>;
}

const newNode = (frame: string): Node => ({ frame, count: 0, ends: 0, children: new Map() });

function freeze(node: Node): BucketBranch {
  const sorted = [...node.children.values()].sort((a, b) => b.count - a.count || (a.frame < b.frame ? -1 : 1));
  const shown = sorted.slice(0, BRANCH_LIMIT);
  const otherCount = sorted.slice(BRANCH_LIMIT).reduce((sum, child) => sum + child.count, 0);
  return { frame: node.frame, count: node.count, children: shown.map(freeze), otherCount, endCount: node.ends };
}

/** The frames after the walk's last kept frame (all of them when it kept none). */
export const framesAfterStop = (walk: CrashWalk): readonly string[] => walk.frames.slice((walk.kept[walk.kept.length - 1] ?? -1) + 1);

/**
 * A bucket as the walk saw it: where its crashes go after the frame the walk
 * stopped at, how dominant the most common path is (crash-clouseau and bugbot
 * read proto_signature this way: one problem when the top one holds over 60%),
 * and what the walk dropped just above the signature.
 */
export function describeBucket(walks: readonly (CrashWalk | null)[], depth = TREE_DEPTH): BucketDescription {
  const root = newNode('');
  const paths = new Map<string, { count: number; after: readonly string[] }>();
  const dropped = new Map<string, { frame: string; decision: FrameDecision; match?: SiglistMatch; count: number }>();
  const next = new Set<string>();
  // Paths are compared as lists of small numbers, one per distinct frame: cheaper than joining the texts.
  const frameIds = new Map<string, number>();
  const idOf = (frame: string) => {
    let id = frameIds.get(frame);
    if (id === undefined) frameIds.set(frame, (id = frameIds.size));
    return id;
  };
  let walkless = 0;
  for (const walk of walks) {
    if (!walk) {
      walkless++;
      continue;
    }
    const after = framesAfterStop(walk);
    root.count++;
    let node = root;
    for (const frame of after.slice(0, depth)) {
      let child = node.children.get(frame);
      if (!child) node.children.set(frame, (child = newNode(frame)));
      child.count++;
      node = child;
    }
    if (after.length <= depth) node.ends++;
    if (after[0] !== undefined) next.add(after[0]);

    const proto = walk.frames.map(idOf).join(',');
    const path = paths.get(proto);
    if (path) path.count++;
    else paths.set(proto, { count: 1, after });

    const first = walk.kept[0] ?? walk.frames.length;
    for (let index = Math.max(0, first - DROPPED_PER_CRASH); index < first; index++) {
      const verdict = walk.verdicts[index];
      if (!verdict) continue;
      const frame = walk.frames[index] as string;
      const key = `${verdict.decision}\u0000${frame}`;
      const known = dropped.get(key);
      if (known) known.count++;
      else dropped.set(key, { frame, decision: verdict.decision, ...(verdict.match ? { match: verdict.match } : {}), count: 1 });
    }
  }
  let top: { count: number; after: readonly string[] } = { count: 0, after: [] };
  for (const path of paths.values()) if (path.count > top.count) top = path;
  return {
    crashes: walks.length,
    walkless,
    tree: freeze(root),
    topPathShare: root.count === 0 ? 0 : top.count / root.count,
    topPathCount: top.count,
    topPath: top.after.slice(0, depth),
    distinctNext: next.size,
    dropped: [...dropped.values()].sort((a, b) => b.count - a.count).slice(0, DROPPED_LIMIT),
  };
}
