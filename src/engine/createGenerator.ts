import type { CrashData, RuleCheck, RuleTrace, SignatureResult } from './types.ts';
import { compileSiglists, EMPTY_SIGLIST_TEXTS, type CompiledSiglists } from './siglists/compileSiglists.ts';
import type { FrameCache } from './frames/frameCache.ts';
import { createThreadLister, threadFromTexts, type NormalizedThread, type ThreadLister } from './frames/threadFrames.ts';
import { DEFAULT_RULESET, type Rule, type RuleContext, type RuleOutput } from './rules/index.ts';
import { INITIAL_STATE, QUIET_INITIAL_STATE, withNote, type SignatureState } from './signatureState.ts';

export interface GeneratorOptions {
  /** Rules to run, in order (default: upstream's DEFAULT_RULESET). */
  readonly ruleset?: readonly Rule[];
  /** Default for `generate`'s `trace` option (default false). */
  readonly trace?: boolean;
  /**
   * Shares normalised frames with other generators over the same
   * `signatures_with_line_numbers_re.txt` (see createFrameCache).
   */
  readonly frameCache?: FrameCache;
}

export interface GenerateOptions {
  /**
   * Build `trace` (every rule, every frame decision) and `debugLog`. Off, both
   * are empty arrays and signing is faster; signature, notes and extra are the same.
   */
  readonly trace?: boolean;
  /**
   * Start the frame walk from frames someone already normalised, by thread
   * index (the crashing thread as the engine resolves it, and 0 for shutdown
   * hangs), e.g. a Super Search `proto_signature` split on `" | "`. Threads not
   * given are normalised from the crash as usual. Only exact while the
   * line-number list is the one those frames were normalised with.
   */
  readonly normalizedFrames?: Readonly<Record<number, readonly string[]>>;
}

export interface SignatureGenerator {
  readonly siglists: CompiledSiglists;
  readonly ruleset: readonly Rule[];
  /** Runs every rule over the crash; never throws for bad crash data. */
  generate(crash: CrashData, options?: GenerateOptions): SignatureResult;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Given frames made into a thread once per texts array: a caller that signs
 * the same crash again (fast mode's prepared hits) gives the same arrays, so
 * they are cached as the frame cache keeps a full crash's frames.
 */
const givenThreads = new WeakMap<readonly string[], NormalizedThread>();

function givenThread(texts: readonly string[], detailed: boolean): NormalizedThread {
  const known = givenThreads.get(texts);
  if (known && (known.listed || !detailed)) return known;
  const thread = detailed ? threadFromTexts(texts) : { texts, listed: null };
  givenThreads.set(texts, thread);
  return thread;
}

function withGivenFrames(list: ThreadLister, given: Readonly<Record<number, readonly string[]>>): ThreadLister {
  return (crash, thread, detailed) => {
    const texts = given[thread];
    return texts ? givenThread(texts, detailed) : list(crash, thread, detailed);
  };
}

/**
 * A signature generator over compiled siglists (no siglists: every list is
 * empty). Reuse one generator for many crashes: it memoises frame work.
 */
export function createGenerator(
  siglists: CompiledSiglists = compileSiglists(EMPTY_SIGLIST_TEXTS),
  options: GeneratorOptions = {},
): SignatureGenerator {
  const ruleset = options.ruleset ?? DEFAULT_RULESET;
  const listFrames = options.frameCache ? options.frameCache.listerFor(siglists.lineNumbers) : createThreadLister(siglists.lineNumbers);
  const quiet: RuleContext = { siglists, listFrames, explain: false };
  const explaining: RuleContext = { siglists, listFrames, explain: true };

  const run = (crash: CrashData, context: RuleContext): SignatureResult => {
    let state: SignatureState = context.explain ? INITIAL_STATE : QUIET_INITIAL_STATE;
    const trace: RuleTrace[] = [];
    for (const rule of ruleset) {
      const before = state;
      let fired = false;
      let output: RuleOutput | undefined;
      let error: string | undefined;
      // Traced runs give each rule a place to note what it read: its condition, then its action.
      const condition: RuleCheck[] | undefined = context.explain ? [] : undefined;
      const decisions: RuleCheck[] | undefined = context.explain ? [] : undefined;
      try {
        fired = rule.predicate(crash, state, condition ? { ...context, checks: condition } : context);
        if (fired) output = rule.action(crash, state, decisions ? { ...context, checks: decisions } : context);
      } catch (caught) {
        // A failing rule is a note, as upstream: the rest of the pipeline still runs.
        error = errorMessage(caught);
      }
      state = output ? output.state : error === undefined ? state : withNote(state, rule.name, `Rule failed: ${error}`);
      if (!context.explain) continue;
      trace.push({
        rule: rule.name,
        fired,
        signatureBefore: before.signature,
        signatureAfter: state.signature,
        notes: state.notes.slice(before.notes.length),
        ...(error === undefined ? {} : { error }),
        ...(output?.frames ? { frames: output.frames } : {}),
        ...(output?.thread === undefined ? {} : { thread: output.thread }),
        ...(output?.walk ? { walk: output.walk } : {}),
        ...(condition && condition.length > 0 ? { condition } : {}),
        ...(decisions && decisions.length > 0 ? { decisions } : {}),
      });
    }
    return { signature: state.signature, notes: state.notes, debugLog: state.debugLog ?? [], extra: state.extra, trace };
  };

  // The contexts for each set of given frames, made once (see givenThread).
  const givenContexts = new WeakMap<object, { readonly quiet: RuleContext; readonly explaining: RuleContext }>();
  const contextsFor = (given: Readonly<Record<number, readonly string[]>>) => {
    let contexts = givenContexts.get(given);
    if (!contexts) {
      const lister = withGivenFrames(listFrames, given);
      contexts = { quiet: { siglists, listFrames: lister, explain: false }, explaining: { siglists, listFrames: lister, explain: true } };
      givenContexts.set(given, contexts);
    }
    return contexts;
  };

  const generate = (crash: CrashData, generateOptions?: GenerateOptions): SignatureResult => {
    const explain = generateOptions?.trace ?? options.trace ?? false;
    const given = generateOptions?.normalizedFrames;
    const contexts = given ? contextsFor(given) : null;
    if (contexts) return run(crash, explain ? contexts.explaining : contexts.quiet);
    return run(crash, explain ? explaining : quiet);
  };

  return { siglists, ruleset, generate };
}
