import type { CrashData, RuleTrace, SignatureResult } from './types.ts';
import { compileSiglists, EMPTY_SIGLIST_TEXTS, type CompiledSiglists } from './siglists/compileSiglists.ts';
import { createFrameNormalizer } from './frames/normalizeFrame.ts';
import { DEFAULT_RULESET, type Rule, type RuleContext, type RuleOutput } from './rules/index.ts';
import { INITIAL_STATE, withNote, type SignatureState } from './signatureState.ts';

export interface SignatureGenerator {
  readonly siglists: CompiledSiglists;
  readonly ruleset: readonly Rule[];
  /** Runs every rule over the crash; never throws for bad crash data. */
  generate(crash: CrashData): SignatureResult;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A signature generator over compiled siglists (no siglists: every list is
 * empty). Reuse one generator for many crashes: it memoises frame work.
 */
export function createGenerator(
  siglists: CompiledSiglists = compileSiglists(EMPTY_SIGLIST_TEXTS),
  ruleset: readonly Rule[] = DEFAULT_RULESET,
): SignatureGenerator {
  const context: RuleContext = { siglists, normalizeFrame: createFrameNormalizer(siglists.lineNumbers) };

  const generate = (crash: CrashData): SignatureResult => {
    let state: SignatureState = INITIAL_STATE;
    const trace: RuleTrace[] = [];
    for (const rule of ruleset) {
      const before = state;
      let fired = false;
      let output: RuleOutput | undefined;
      let error: string | undefined;
      try {
        fired = rule.predicate(crash, state, context);
        if (fired) output = rule.action(crash, state, context);
      } catch (caught) {
        // A failing rule is a note, as upstream: the rest of the pipeline still runs.
        error = errorMessage(caught);
      }
      state = output ? output.state : error === undefined ? state : withNote(state, rule.name, `Rule failed: ${error}`);
      trace.push({
        rule: rule.name,
        fired,
        signatureBefore: before.signature,
        signatureAfter: state.signature,
        notes: state.notes.slice(before.notes.length),
        ...(error === undefined ? {} : { error }),
        ...(output?.frames ? { frames: output.frames } : {}),
        ...(output?.thread === undefined ? {} : { thread: output.thread }),
      });
    }
    return { signature: state.signature, notes: state.notes, debugLog: state.debugLog, extra: state.extra, trace };
  };

  return { siglists, ruleset, generate };
}
