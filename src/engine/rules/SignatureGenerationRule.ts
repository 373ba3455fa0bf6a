import type { CrashData, FrameTrace, WalkSummary } from '../types.ts';
import { crashField, getCrashingThread } from '../python/crashFields.ts';
import { PyError } from '../python/pyErrors.ts';
import { pyTruthy } from '../python/pyValues.ts';
import type { ListedFrame } from '../frames/listNormalizedFrames.ts';
import type { NormalizedThread } from '../frames/threadFrames.ts';
import { walkFrames, type FrameWalk } from '../signature/walkFrames.ts';
import { javaStackTraceSignature, type ToolOutput } from '../signature/javaStackTraceSignature.ts';
import { javaExceptionSignature } from '../signature/javaExceptionSignature.ts';
import { withDebug, withExtra, withNote, withSignature, type SignatureState } from '../signatureState.ts';
import { ALWAYS, type Rule, type RuleContext, type RuleOutput } from './Rule.ts';
import { checkField } from './checkField.ts';
import { joinFrames } from '../signature/joinFrames.ts';

const NAME = 'SignatureGenerationRule';

function applyTool(state: SignatureState, tool: string, output: ToolOutput): SignatureState {
  const next = withNote(withDebug(state, NAME, `using ${tool}`), NAME, ...output.notes);
  return withSignature(next, NAME, output.signature);
}

function traceFrames(listed: readonly ListedFrame[] | null, walk: FrameWalk): FrameTrace[] {
  if (listed === null) throw new Error('a traced walk needs the detailed frame list');
  const traces: FrameTrace[] = new Array<FrameTrace>(listed.length);
  for (let index = 0; index < listed.length; index++) {
    const frame = listed[index] as ListedFrame;
    const verdict = walk.verdicts[index];
    const trace: Mutable<FrameTrace> = {
      index,
      frameIndex: frame.frameIndex,
      inline: frame.inline,
      raw: frame.fields,
      normalized: frame.normalized.text,
      decision: verdict?.decision ?? 'not-reached',
    };
    // Optional fields are only set when present, so traces compare and serialise cleanly.
    if (verdict?.match) trace.match = verdict.match;
    if (frame.normalized.lineNumberMatch) trace.lineNumberMatch = frame.normalized.lineNumberMatch;
    if (walk.sentinel?.index === index) trace.sentinelMatch = walk.sentinel.match;
    if (frame.normalized.steps) trace.normalization = frame.normalized.steps;
    const tests = walk.tests[index];
    if (tests && tests.length > 0) trace.tests = tests;
    traces[index] = trace;
  }
  return traces;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function listThreadFrames(crash: CrashData, thread: number, context: RuleContext): NormalizedThread {
  try {
    return context.listFrames(crash, thread, context.explain);
  } catch (error) {
    // Upstream catches KeyError/IndexError here but then calls a method its
    // result object lacks, so the rule fails with this message instead.
    if (error instanceof PyError && (error.pythonType === 'KeyError' || error.pythonType === 'IndexError')) {
      throw new PyError('AttributeError', "'Result' object has no attribute 'note'");
    }
    throw error;
  }
}

/** Signature from one thread's C/C++/Rust frames, shaped by the siglists. */
export function signStack(crash: CrashData, state: SignatureState, context: RuleContext, thread: number): RuleOutput {
  let next = withDebug(state, NAME, 'using CSignatureTool');
  const listedThread = listThreadFrames(crash, thread, context);
  const { listed, texts } = listedThread;
  const walk = walkFrames(texts, thread, context.siglists, context.explain);

  if (texts.length > 0) {
    // proto_signature is indexed by Crash Stats, so people can search frames below the signature.
    next = withExtra(next, { proto_signature: joinFrames(texts), normalized_frames: texts });
  }
  next = withDebug(withNote(next, NAME, ...walk.notes), NAME, ...walk.debugNotes);
  if (walk.signature) next = withSignature(next, NAME, walk.signature);
  if (!context.explain) return { state: next, thread };
  const summary: Mutable<WalkSummary> = { start: walk.start, frameLimit: listedThread.frameLimit ?? 'unknown' };
  if (walk.stoppedAt !== undefined) summary.stoppedAt = walk.stoppedAt;
  if (walk.fallbackIndex !== undefined) summary.fallbackIndex = walk.fallbackIndex;
  if (listedThread.given) summary.framesGiven = true;
  return { state: next, frames: traceFrames(listed, walk), thread, walk: summary };
}

/**
 * The base signature: from a Java stack trace, else from a structured Java
 * exception, else from the given thread's stack (the crashing thread, or
 * thread 0 for shutdown hangs).
 */
export function baseSignature(crash: CrashData, state: SignatureState, context: RuleContext, thread: number): RuleOutput {
  const javaStackTrace = crashField(crash, 'java_stack_trace');
  if (checkField(context, 'java_stack_trace', javaStackTrace, 'is set', pyTruthy(javaStackTrace))) {
    return { state: applyTool(state, 'JavaSignatureTool', javaStackTraceSignature(javaStackTrace)) };
  }
  // Upstream plans to let the structured exception win one day; today the text trace does.
  const javaException = crashField(crash, 'java_exception');
  if (checkField(context, 'java_exception', javaException, 'is set', pyTruthy(javaException))) {
    return { state: applyTool(state, 'JavaExceptionSignatureTool', javaExceptionSignature(javaException)) };
  }
  return signStack(crash, state, context, thread);
}

/** Makes the base signature from the crashing thread (see baseSignature). */
export const SignatureGenerationRule: Rule = {
  name: NAME,
  predicate: ALWAYS,
  action(crash, state, context) {
    const thread = getCrashingThread(crash);
    if (context.checks) checkField(context, 'crashing_thread', crashField(crash, 'crashing_thread'), `picks the thread to walk: thread ${thread}`, true);
    return baseSignature(crash, state, context, thread);
  },
};
