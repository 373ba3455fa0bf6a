import type { FrameDecision, SiglistMatch, WalkTest } from '../types.ts';
import type { CompiledSiglists } from '../siglists/compileSiglists.ts';
import { joinFrames } from './joinFrames.ts';

export interface FrameVerdict {
  readonly decision: FrameDecision;
  readonly match?: SiglistMatch;
}

export interface FrameWalk {
  /** The sentinel line the walk started at, and where. */
  readonly sentinel?: { readonly index: number; readonly match: SiglistMatch };
  readonly signature: string;
  readonly notes: readonly string[];
  readonly debugNotes: readonly string[];
  /** One verdict per input frame, same order (empty when the walk was not asked to explain). */
  readonly verdicts: readonly FrameVerdict[];
  /** Per input frame, the tests the walk made on it, in its order (empty when not explaining). */
  readonly tests: readonly (readonly WalkTest[])[];
  /** Index of the first frame walked (the sentinel's, or 0). */
  readonly start: number;
  /** The frame that was not a prefix, where the walk ended; absent when the frames ran out. */
  readonly stoppedAt?: number;
  /** Every frame was dropped, so the signature is this frame's text. */
  readonly fallbackIndex?: number;
}

const NOT_REACHED: FrameVerdict = { decision: 'not-reached' };
const BEFORE_SENTINEL: FrameVerdict = { decision: 'before-sentinel' };
const EMPTY: FrameVerdict = { decision: 'empty' };
const DLL_DEDUPE: FrameVerdict = { decision: 'dll-dedupe' };

/** Module-like frames that repeat (`xul.dll | xul.dll`) say nothing new. */
function isModuleLike(frame: string): boolean {
  if (frame.startsWith('(unloaded')) return false;
  const lower = frame.toLowerCase();
  return (
    lower.endsWith('.dll') ||
    lower.endsWith('.so') ||
    frame === 'XUL' ||
    frame === '<name omitted>' ||
    // bug 1685178: symbols files with only public names
    frame.startsWith('<unknown in')
  );
}

/**
 * The C/C++/Rust frame walk: start at the first sentinel frame (if any),
 * skip empty and irrelevant frames, keep prefix frames, and stop after the
 * first frame that is not a prefix. Records why each frame was kept or not.
 */
export function walkFrames(
  frames: readonly string[],
  crashingThread: number,
  siglists: CompiledSiglists,
  explain = true,
): FrameWalk {
  // Untraced runs (explain = false) skip the verdicts and debug lines: nobody reads them.
  const verdicts: FrameVerdict[] = explain ? new Array<FrameVerdict>(frames.length).fill(NOT_REACHED) : [];
  const tests: WalkTest[][] = explain ? Array.from({ length: frames.length }, () => []) : [];
  const debugNotes: string[] = [];
  const notes: string[] = [];

  let start = 0;
  let sentinelAt: FrameWalk['sentinel'];
  for (let i = 0; i < frames.length; i++) {
    const sentinel = siglists.sentinels.find(frames[i] as string);
    if (explain) tests[i]?.push({ test: 'sentinel', match: sentinel });
    if (sentinel) {
      start = i;
      sentinelAt = { index: i, match: sentinel };
      if (explain) {
        verdicts.fill(BEFORE_SENTINEL, 0, i);
        verdicts[i] = { decision: 'sentinel', match: sentinel };
        debugNotes.push(`sentinel; starting at "${frames[i]}" index ${i}`);
      }
      break;
    }
  }

  const parts: string[] = [];
  let stoppedAt: number | undefined;
  for (let i = start; i < frames.length; i++) {
    const frame = frames[i] as string;
    const sentinelVerdict = explain && i === start ? verdicts[i] : undefined;
    const frameTests = explain ? (tests[i] as WalkTest[]) : null;
    frameTests?.push({ test: 'empty', held: !frame });
    if (!frame) {
      if (explain) {
        verdicts[i] = EMPTY;
        debugNotes.push(`empty string; ignoring: "${frame}"`);
      }
      continue;
    }
    const irrelevant = siglists.irrelevant.match(frame);
    frameTests?.push({ test: 'irrelevant', match: irrelevant });
    if (irrelevant) {
      if (explain) {
        verdicts[i] = { decision: 'irrelevant', match: irrelevant };
        debugNotes.push(`irrelevant; ignoring: "${frame}"`);
      }
      continue;
    }
    const repeated = parts.length > 0 && frame === parts[parts.length - 1] && isModuleLike(frame);
    frameTests?.push({ test: 'repeated-module', held: repeated });
    if (repeated) {
      if (explain) verdicts[i] = DLL_DEDUPE;
      continue;
    }
    parts.push(frame);
    const prefix = siglists.prefix.match(frame);
    frameTests?.push({ test: 'prefix', match: prefix });
    if (!prefix) {
      stoppedAt = i;
      if (explain) {
        verdicts[i] = keepSentinel(sentinelVerdict, { decision: 'stop' });
        debugNotes.push(`not a prefix; stop: "${frame}"`);
      }
      break;
    }
    if (explain) {
      verdicts[i] = keepSentinel(sentinelVerdict, { decision: 'prefix', match: prefix });
      debugNotes.push(`prefix; continue iterating: "${frame}"`);
    }
  }

  let signature = joinFrames(parts);
  let fallbackIndex: number | undefined;
  if (signature === '') {
    notes.push(`CSignatureTool: no frame data for crashing thread (${crashingThread})`);
    // Every frame was skipped: the top one (from the sentinel on) beats nothing.
    if (start < frames.length) fallbackIndex = start;
    signature = start < frames.length ? (frames[start] as string) : 'EMPTY: no frame data available';
  }
  return { signature, notes, debugNotes, verdicts, tests, start, stoppedAt, fallbackIndex, sentinel: sentinelAt };
}

/** A sentinel frame that also ended up in the signature is reported as the sentinel. */
function keepSentinel(sentinel: FrameVerdict | undefined, verdict: FrameVerdict): FrameVerdict {
  return sentinel?.decision === 'sentinel' ? sentinel : verdict;
}
