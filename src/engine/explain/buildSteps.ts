import type { FrameTrace, RuleTrace, SignatureResult, SiglistMatch, WalkSummary } from '../types.ts';
import { pythonMatchEnd } from './pythonMatch.ts';

/** Characters `[start, end)` of a frame's text that a siglist line matched. */
export interface MatchedSpan {
  readonly start: number;
  readonly end: number;
}

interface StepBase {
  /** Position of the rule in the ruleset (the trace's order). */
  readonly ruleIndex: number;
  /** The signature at this step: for a walk, the parts kept so far; else the signature after the step. */
  readonly signature: string;
  /** The siglist line behind this step, if one decided it. */
  readonly line?: SiglistMatch;
}

/** Before the walk: one frame's raw fields becoming its normalised text. */
export interface NormalizeStep extends StepBase {
  readonly kind: 'normalize';
  readonly thread?: number;
  readonly frame: FrameTrace;
}

/** Frames that came normalised already (fast mode: Super Search's `proto_signature`). */
export interface GivenFramesStep extends StepBase {
  readonly kind: 'given-frames';
  readonly thread?: number;
  readonly frames: readonly FrameTrace[];
}

/** The look for a sentinel, over the frames from the top until one is found. */
export interface SentinelSearchStep extends StepBase {
  readonly kind: 'sentinel-search';
  readonly thread?: number;
  /** The sentinel frame, when one was found. */
  readonly found?: FrameTrace;
  /** How many frames were compared with the sentinel list. */
  readonly looked: number;
  /** Frames the search skipped because a sentinel comes after them. */
  readonly skipped: readonly FrameTrace[];
}

/** One frame of the walk: the tests made on it, in order, and what they decided. */
export interface WalkStep extends StepBase {
  readonly kind: 'walk';
  readonly thread?: number;
  readonly frame: FrameTrace;
  /** Whether the frame went into the signature. */
  readonly kept: boolean;
  /** The part of the frame text the deciding line matched. */
  readonly span?: MatchedSpan;
}

/** How the walk ended, and the signature it produced (with the fall-back, when every frame was dropped). */
export interface WalkEndStep extends StepBase {
  readonly kind: 'walk-end';
  readonly thread?: number;
  readonly walk: WalkSummary;
  /** Frames after the walk's end that it never looked at. */
  readonly unread: number;
  /** The frame the signature fell back to, when every frame was dropped. */
  readonly fallback?: FrameTrace;
  /** No frame at all: the signature says there was no frame data. */
  readonly empty: boolean;
}

/** One rule of the ruleset: its condition with the fields it read, and the signature before → after. */
export interface RuleStep extends StepBase {
  readonly kind: 'rule';
  readonly rule: RuleTrace;
  readonly changed: boolean;
}

export type SignatureStep = NormalizeStep | GivenFramesStep | SentinelSearchStep | WalkStep | WalkEndStep | RuleStep;

const KEEPS: ReadonlySet<FrameTrace['decision']> = new Set(['sentinel', 'prefix', 'stop']);

/** Where `match` matched `text` with `re.match`: from the start to where the match ends. */
function spanOf(match: SiglistMatch | undefined, text: string): MatchedSpan | undefined {
  if (!match || match.line === 0) return undefined;
  // Sentinels are whole frame names, not patterns.
  if (match.file === 'signature_sentinels.txt') return { start: 0, end: text.length };
  const end = pythonMatchEnd(match.pattern, text);
  return end === null ? undefined : { start: 0, end };
}

/** The steps of one walk (normalisation, sentinel search, each frame walked, its end), in the engine's order. */
function walkSteps(rule: RuleTrace, ruleIndex: number, signatureBefore: string): SignatureStep[] {
  const frames = rule.frames ?? [];
  const walk = rule.walk;
  if (!walk) return [];
  const thread = rule.thread;
  const steps: SignatureStep[] = [];
  const at = { ruleIndex, thread };
  if (walk.framesGiven) {
    if (frames.length > 0) steps.push({ kind: 'given-frames', ...at, frames, signature: signatureBefore });
  } else {
    for (const frame of frames) {
      const step: NormalizeStep = { kind: 'normalize', ...at, frame, signature: signatureBefore };
      steps.push(frame.lineNumberMatch ? { ...step, line: frame.lineNumberMatch } : step);
    }
  }
  if (frames.length > 0) {
    const found = frames[walk.start]?.sentinelMatch ? frames[walk.start] : undefined;
    const looked = found ? walk.start + 1 : frames.length;
    const search: SentinelSearchStep = { kind: 'sentinel-search', ...at, looked, skipped: frames.slice(0, walk.start), signature: '', ...(found ? { found } : {}) };
    steps.push(found?.sentinelMatch ? { ...search, line: found.sentinelMatch } : search);
  }
  const parts: string[] = [];
  let last = walk.start - 1;
  for (let index = walk.start; index < frames.length; index++) {
    const frame = frames[index] as FrameTrace;
    if (frame.decision === 'not-reached') break;
    last = index;
    const kept = KEEPS.has(frame.decision);
    if (kept) parts.push(frame.normalized);
    // The line that decided the frame; a kept sentinel frame names its sentinel line.
    const line = frame.match ?? frame.sentinelMatch;
    const span = frame.decision === 'sentinel' ? { start: 0, end: frame.normalized.length } : spanOf(frame.match, frame.normalized);
    steps.push({ kind: 'walk', ...at, frame, kept, signature: parts.join(' | '), ...(line ? { line } : {}), ...(span ? { span } : {}) });
  }
  const fallback = walk.fallbackIndex === undefined ? undefined : frames[walk.fallbackIndex];
  const empty = frames.length === 0;
  const signature = fallback ? fallback.normalized : empty ? 'EMPTY: no frame data available' : parts.join(' | ');
  steps.push({ kind: 'walk-end', ...at, walk, unread: frames.length - 1 - last, empty, signature, ...(fallback ? { fallback } : {}) });
  return steps;
}

/**
 * The signature's making as a sequence of steps, read from one traced result
 * (`generate(crash, { trace: true })`): for each rule in order, the frame
 * work it did (each frame's normalisation, the sentinel search, each frame
 * walked, the walk's end), then the rule itself. Every step carries the
 * signature so far; the last one's is the result's signature.
 */
export function buildSteps(result: SignatureResult): SignatureStep[] {
  return result.trace.flatMap((rule, ruleIndex): SignatureStep[] => [
    ...walkSteps(rule, ruleIndex, rule.signatureBefore),
    { kind: 'rule', ruleIndex, rule, changed: rule.signatureBefore !== rule.signatureAfter, signature: rule.signatureAfter },
  ]);
}

/** Rules that changed nothing, hidden (frame work stays, even when its rule changed nothing). */
export function isQuietRule(step: SignatureStep): boolean {
  return step.kind === 'rule' && !step.changed && step.rule.frames === undefined && step.rule.error === undefined;
}
