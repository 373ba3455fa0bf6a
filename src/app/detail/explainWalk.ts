import type { FrameTrace, RuleTrace, WalkSummary as EngineWalk } from '../../engine/types.ts';
import { describeCheck } from '../../engine/index.ts';

/** One frame's decision in words, without the siglist line (shown beside it as a link). */
export function explainFrame(frame: FrameTrace, walk: readonly FrameTrace[], summary?: EngineWalk): string {
  switch (frame.decision) {
    case 'before-sentinel': {
      const start = summary?.start ?? walk.find((other) => other.decision === 'sentinel' || other.sentinelMatch)?.index;
      return `Skipped: a sentinel further down${start === undefined ? '' : ` (frame ${start})`} starts the walk.`;
    }
    case 'sentinel':
      return frame.match && frame.sentinelMatch !== frame.match
        ? 'The walk starts here (sentinel) and keeps this frame.'
        : 'The walk starts here: this frame is a sentinel, and is kept.';
    case 'empty':
      return 'Dropped: the frame normalises to nothing.';
    case 'irrelevant':
      return frame.sentinelMatch ? 'The walk starts here (sentinel), but drops the frame: irrelevant.' : 'Dropped: irrelevant frame.';
    case 'dll-dedupe':
      return 'Dropped: same module as the part before it (repeated module frames are collapsed).';
    case 'prefix':
      return 'Kept, and the walk goes on: prefix frame.';
    case 'stop':
      return 'Kept, and the walk stops: not a prefix frame.';
    case 'not-reached':
      return summary?.stoppedAt === undefined ? 'Not looked at: the walk had ended.' : `Not looked at: the walk had stopped at frame ${summary.stoppedAt}.`;
  }
}

export interface WalkSummary {
  readonly sentence: string;
  /** Every frame was dropped, so the signature fell back to the frame the engine names. */
  readonly fellBack: boolean;
}

/** What the frame limit meant for this walk, in words ('' when it did not matter). */
function frameLimitWords(walk: EngineWalk | undefined): string {
  if (walk?.frameLimit === 'reached') return ' The stack is deeper than the 40 frames the walk reads: the frames after the 40th were never read.';
  if (walk?.frameLimit === 'unknown') return ' The frames came from proto_signature, which holds at most 40: the stack may have had more.';
  return '';
}

/**
 * The walk as a whole, in words — including the fall-back upstream takes
 * when every frame was dropped: the signature becomes the frame the walk
 * started at (the sentinel frame when there is one, even when that frame is
 * itself dropped), as the engine records it.
 */
export function summarizeWalk(rule: RuleTrace): WalkSummary | null {
  const frames = rule.frames;
  if (!frames) return null;
  const thread = rule.thread === undefined ? '' : ` of thread ${rule.thread}`;
  if (frames.length === 0) return { sentence: `No frames${thread}: the signature says there was no frame data.`, fellBack: false };
  const fallbackIndex = rule.walk?.fallbackIndex;
  if (fallbackIndex !== undefined) {
    const frame = frames[fallbackIndex];
    const sentinel = frame?.sentinelMatch !== undefined;
    return {
      sentence:
        `Every frame${thread} was dropped (irrelevant or empty), so the signature falls back to the first frame of the walk` +
        `${sentinel ? ' (the sentinel)' : ''}: "${frame?.normalized ?? ''}" — frame ${fallbackIndex}.${frameLimitWords(rule.walk)}`,
      fellBack: true,
    };
  }
  const kept = frames.filter((f) => f.decision === 'prefix' || f.decision === 'stop' || f.decision === 'sentinel');
  const lineNumbers = frames.filter((f) => f.lineNumberMatch).length;
  return {
    sentence:
      `${frames.length} frame${frames.length === 1 ? '' : 's'}${thread} normalised; ${kept.length} kept in the signature.` +
      (lineNumbers > 0 ? ` ${lineNumbers} kept their line number (signatures_with_line_numbers_re.txt).` : '') +
      frameLimitWords(rule.walk),
    fellBack: false,
  };
}

/** A rule's effect in words: fired and changed, fired without changing anything, or skipped and why. */
export function explainRule(rule: RuleTrace): string {
  if (rule.error) return `Failed (${rule.error}); the run went on.`;
  if (!rule.fired) {
    const failed = (rule.condition ?? []).filter((check) => !check.held);
    return failed.length > 0 ? `Skipped: ${failed.map(describeCheck).join('; ')}.` : 'Skipped: its condition did not hold.';
  }
  if (rule.signatureBefore === rule.signatureAfter) return rule.notes.length > 0 ? 'Fired; the signature stayed the same (see the note).' : 'Fired; the signature stayed the same.';
  return 'Fired and changed the signature.';
}

/** The tests that made a rule fire, and those that chose what it did: the fields behind the decision. */
export function ruleEvidence(rule: RuleTrace): readonly string[] {
  if (!rule.fired) return [];
  return [...(rule.condition ?? []).filter((check) => check.held), ...(rule.decisions ?? [])].map(describeCheck);
}
