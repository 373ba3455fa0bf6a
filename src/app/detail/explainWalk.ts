import type { FrameTrace, RuleTrace } from '../../engine/types.ts';

/** One frame's decision in words, without the siglist line (shown beside it as a link). */
export function explainFrame(frame: FrameTrace, walk: readonly FrameTrace[]): string {
  switch (frame.decision) {
    case 'before-sentinel': {
      const sentinel = walk.find((other) => other.decision === 'sentinel' || other.sentinelMatch);
      return `Skipped: a sentinel further down${sentinel ? ` (frame ${sentinel.index})` : ''} starts the walk.`;
    }
    case 'sentinel':
      return frame.match && frame.sentinelMatch !== frame.match
        ? 'The walk starts here (sentinel) and keeps this frame.'
        : 'The walk starts here: this frame is a sentinel, and is kept.';
    case 'empty':
      return 'Dropped: the frame normalises to nothing.';
    case 'irrelevant':
      return 'Dropped: irrelevant frame.';
    case 'dll-dedupe':
      return 'Dropped: same module as the part before it (repeated module frames are collapsed).';
    case 'prefix':
      return 'Kept, and the walk goes on: prefix frame.';
    case 'stop':
      return 'Kept, and the walk stops: not a prefix frame.';
    case 'not-reached':
      return 'Not looked at: the walk had stopped (or the 40-frame limit was reached).';
  }
}

export interface WalkSummary {
  readonly sentence: string;
  /** Every frame was dropped, so the signature fell back to the first frame of the walk. */
  readonly fellBack: boolean;
}

/**
 * The walk as a whole, in words — including the fall-back upstream takes
 * when every frame was dropped: the signature becomes the first frame of the
 * walk (from the sentinel on) rather than nothing.
 */
export function summarizeWalk(rule: RuleTrace): WalkSummary | null {
  const frames = rule.frames;
  if (!frames) return null;
  const thread = rule.thread === undefined ? '' : ` of thread ${rule.thread}`;
  if (frames.length === 0) return { sentence: `No frames${thread}: the signature says there was no frame data.`, fellBack: false };
  const fellBack = rule.notes.some((note) => note.includes('no frame data for crashing thread'));
  if (fellBack) {
    const sentinel = frames.find((f) => f.decision === 'sentinel');
    const first = sentinel ?? frames[0];
    return {
      sentence:
        `Every frame${thread} was dropped (irrelevant or empty), so the signature falls back to the first frame of the walk` +
        `${sentinel ? ' (the sentinel)' : ''}: "${first?.normalized ?? ''}" — frame ${first?.index ?? 0}.`,
      fellBack: true,
    };
  }
  const kept = frames.filter((f) => f.decision === 'prefix' || f.decision === 'stop' || f.decision === 'sentinel');
  const lineNumbers = frames.filter((f) => f.lineNumberMatch).length;
  return {
    sentence:
      `${frames.length} frame${frames.length === 1 ? '' : 's'}${thread} normalised; ${kept.length} kept in the signature.` +
      (lineNumbers > 0 ? ` ${lineNumbers} kept their line number (signatures_with_line_numbers_re.txt).` : ''),
    fellBack: false,
  };
}

/** A rule's effect in words: fired and changed, fired without changing anything, or skipped. */
export function explainRule(rule: RuleTrace): string {
  if (rule.error) return `Failed (${rule.error}); the run went on.`;
  if (!rule.fired) return 'Skipped: its condition did not hold.';
  if (rule.signatureBefore === rule.signatureAfter) return rule.notes.length > 0 ? 'Fired; the signature stayed the same (see the note).' : 'Fired; the signature stayed the same.';
  return 'Fired and changed the signature.';
}
