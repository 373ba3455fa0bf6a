import type { CrashData, FrameTrace } from '../types.ts';
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
  const { listed, texts } = listThreadFrames(crash, thread, context);
  const walk = walkFrames(texts, thread, context.siglists, context.explain);

  if (texts.length > 0) {
    // proto_signature is indexed by Crash Stats, so people can search frames below the signature.
    next = withExtra(next, { proto_signature: texts.join(' | '), normalized_frames: texts });
  }
  next = withDebug(withNote(next, NAME, ...walk.notes), NAME, ...walk.debugNotes);
  if (walk.signature) next = withSignature(next, NAME, walk.signature);
  return context.explain ? { state: next, frames: traceFrames(listed, walk), thread } : { state: next, thread };
}

/**
 * The base signature: from a Java stack trace, else from a structured Java
 * exception, else from the given thread's stack (the crashing thread, or
 * thread 0 for shutdown hangs).
 */
export function baseSignature(crash: CrashData, state: SignatureState, context: RuleContext, thread: number): RuleOutput {
  const javaStackTrace = crashField(crash, 'java_stack_trace');
  if (pyTruthy(javaStackTrace)) {
    return { state: applyTool(state, 'JavaSignatureTool', javaStackTraceSignature(javaStackTrace)) };
  }
  // Upstream plans to let the structured exception win one day; today the text trace does.
  const javaException = crashField(crash, 'java_exception');
  if (pyTruthy(javaException)) {
    return { state: applyTool(state, 'JavaExceptionSignatureTool', javaExceptionSignature(javaException)) };
  }
  return signStack(crash, state, context, thread);
}

/** Makes the base signature from the crashing thread (see baseSignature). */
export const SignatureGenerationRule: Rule = {
  name: NAME,
  predicate: ALWAYS,
  action: (crash, state, context) => baseSignature(crash, state, context, getCrashingThread(crash)),
};
