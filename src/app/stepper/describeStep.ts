import type { SignatureStep } from '../../engine/index.ts';
import type { FrameDecision } from '../../engine/types.ts';

const DECISION_WORDS: Readonly<Record<FrameDecision, string>> = {
  'before-sentinel': 'skipped (a sentinel comes later)',
  sentinel: 'kept (sentinel)',
  empty: 'dropped (empty)',
  irrelevant: 'dropped (irrelevant)',
  'dll-dedupe': 'dropped (repeated module)',
  prefix: 'kept, walk goes on',
  stop: 'kept, walk stops',
  'not-reached': 'not looked at',
};

const threadOf = (thread: number | undefined) => (thread === undefined || thread === 0 ? '' : ` (thread ${thread})`);

/** A step's one-line title, for the list of steps. */
export function describeStep(step: SignatureStep): string {
  switch (step.kind) {
    case 'normalize': {
      const changes = step.frame.normalization?.filter((s) => s.before !== s.after).length ?? 0;
      return `Frame ${step.frame.index}${threadOf(step.thread)}: normalise${changes > 0 ? ` (${changes} change${changes === 1 ? '' : 's'})` : ''}`;
    }
    case 'given-frames':
      return `${step.frames.length} frames from proto_signature${threadOf(step.thread)}`;
    case 'sentinel-search':
      return step.found ? `Sentinel at frame ${step.found.index}${threadOf(step.thread)}` : `No sentinel in ${step.looked} frames${threadOf(step.thread)}`;
    case 'walk':
      return `Frame ${step.frame.index}${threadOf(step.thread)}: ${DECISION_WORDS[step.frame.decision]}`;
    case 'walk-end':
      if (step.empty) return `Walk${threadOf(step.thread)}: no frames`;
      if (step.fallback) return `Walk ends${threadOf(step.thread)}: every frame dropped, fall back to frame ${step.fallback.index}`;
      return step.walk.stoppedAt === undefined ? `Walk ends${threadOf(step.thread)}: frames ran out` : `Walk ends${threadOf(step.thread)} at frame ${step.walk.stoppedAt}`;
    case 'rule': {
      const { rule } = step;
      if (rule.error) return `${rule.rule}: failed`;
      if (!rule.fired) return `${rule.rule}: skipped`;
      return `${rule.rule}: ${step.changed ? 'changed the signature' : 'no change'}`;
    }
  }
}

/** The frame index a step is about (the frame highlighted in the trace), if any. */
export function stepFrameIndex(step: SignatureStep): number | null {
  if (step.kind === 'normalize' || step.kind === 'walk') return step.frame.index;
  if (step.kind === 'sentinel-search') return step.found?.index ?? null;
  if (step.kind === 'walk-end') return step.fallback?.index ?? step.walk.stoppedAt ?? null;
  return null;
}
