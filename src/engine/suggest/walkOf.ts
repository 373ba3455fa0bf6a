import type { CompiledSiglists } from '../siglists/compileSiglists.ts';
import { walkFrames, type FrameVerdict } from '../signature/walkFrames.ts';
import type { SignatureResult } from '../types.ts';

/** What the frame walk did with one crash's frames. */
export interface CrashWalk {
  /** The normalised frames of the thread the last walk read (`extra.normalized_frames`). */
  readonly frames: readonly string[];
  readonly verdicts: readonly FrameVerdict[];
  /** Frames the walk kept, by index, in order (empty when it kept none and fell back to the top frame). */
  readonly kept: readonly number[];
  /** The walk ended at a frame that is no prefix, with frames left after it. */
  readonly stopped: boolean;
}

const KEPT = new Set(['sentinel', 'prefix', 'stop']);

/**
 * The walk behind a signing result: the engine's own walk, run again with the
 * same lists over the frames the result says it walked (the last walk's thread,
 * which is thread 0 for shutdown hangs). Null when no frames were walked (Java
 * crashes, a stack that could not be read).
 */
export function walkOf(result: SignatureResult, siglists: CompiledSiglists): CrashWalk | null {
  const frames = result.extra.normalized_frames;
  if (!frames) return null;
  const { verdicts } = walkFrames(frames, 0, siglists, true);
  const kept: number[] = [];
  verdicts.forEach((verdict, index) => {
    if (KEPT.has(verdict.decision)) kept.push(index);
  });
  const last = kept[kept.length - 1];
  const stopped = last !== undefined && verdicts[last + 1]?.decision === 'not-reached';
  return { frames, verdicts, kept, stopped };
}

/** The frames the walk kept, as text. */
export const keptFrames = (walk: CrashWalk): string[] => walk.kept.map((index) => walk.frames[index] as string);
