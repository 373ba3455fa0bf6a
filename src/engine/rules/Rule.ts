import type { CrashData, FrameTrace, RuleCheck, WalkSummary } from '../types.ts';
import type { CompiledSiglists } from '../siglists/compileSiglists.ts';
import type { SignatureState } from '../signatureState.ts';
import type { ThreadLister } from '../frames/threadFrames.ts';

/** What rules may consult besides the crash. */
export interface RuleContext {
  readonly siglists: CompiledSiglists;
  /** A thread's normalised frames (possibly cached, or given by the caller). */
  readonly listFrames: ThreadLister;
  /** Whether to build frame traces and debug lines (only traced runs read them). */
  readonly explain: boolean;
  /** Traced runs only: where a rule notes the fields it reads and the tests it makes (see checkField). */
  readonly checks?: RuleCheck[];
}

export interface RuleOutput {
  readonly state: SignatureState;
  /** The frame walk behind the new signature, for rules that walk a stack (traced runs only). */
  readonly frames?: readonly FrameTrace[];
  readonly thread?: number;
  readonly walk?: WalkSummary;
}

/**
 * One step of signature generation. `name` is upstream's class name: it
 * prefixes notes ("SigTruncate: ...") and people search for it.
 */
export interface Rule {
  readonly name: string;
  /** Whether the action runs; rules without a condition always run. */
  predicate(crash: CrashData, state: SignatureState, context: RuleContext): boolean;
  /** Returns the new state; never modifies the crash or the given state. */
  action(crash: CrashData, state: SignatureState, context: RuleContext): RuleOutput;
}

export const ALWAYS = (): boolean => true;
