import type { CrashData, SignatureGenerator, SignatureResult } from '../../engine/index.ts';
import type { SuperSearchHit } from '../createCrashStatsClient.ts';
import { createStringMemo } from '../../engine/frames/stringMemo.ts';
import { splitProtoSignature } from './splitProtoSignature.ts';

export type FastSignResult =
  | {
      readonly status: 'signed';
      readonly result: SignatureResult;
      /** Set when the result rests on an assumption the caller allowed (see trustShutdownHang). */
      readonly assumption?: string;
    }
  | { readonly status: 'needs-full-crash'; readonly reason: string };

export interface FastSignOptions {
  /**
   * The line-number list in use differs from the one proto_signature was
   * normalised with (the stock list): frames could gain or lose `:line`.
   */
  readonly lineNumberListChanged: boolean;
  /**
   * Sign shutdown hangs on threads other than 0 anyway, trusting the stored
   * signature that the watchdog thread's walk names RunWatchdog with the lists
   * in use too (its frames are not in Super Search). Not exact: an edit that
   * changes that walk is missed. Off by default.
   */
  readonly trustShutdownHang?: boolean;
  /** Build the per-rule and per-frame trace (slower; the signature is the same). */
  readonly trace?: boolean;
}

/** Said of results signed under trustShutdownHang. */
export const SHUTDOWNHANG_ASSUMPTION = "assumed still a shutdown hang: the watchdog thread's frames are not in Super Search";
/** Stands in for the watchdog thread's stack under trustShutdownHang: the frame that makes it a shutdown hang. */
const WATCHDOG_FRAME = 'mozilla::(anonymous namespace)::RunWatchdog';

/** Why a crash needs its full processed crash; users read these. */
export const NEEDS_FULL_CRASH = {
  lineNumbers: 'signatures_with_line_numbers_re.txt is edited: proto_signature was normalised with the stock list',
  noFrames:
    'no proto_signature and no java_stack_trace: the signature comes from java_exception or ends with mdsw_status_string, which Super Search does not return',
  ambiguous: "proto_signature may hold a frame containing ' | ', so it cannot be split into frames with certainty",
  ipc: 'ipc_channel_error: IPCError-browser or IPCError-content depends on additional_minidumps, which Super Search does not return',
  shutdownhang:
    "shutdown hang on another thread: proto_signature holds thread 0's frames, and whether the lists still make it a shutdown hang depends on the watchdog thread's frames, which Super Search does not return",
  noSignatureColumn: 'no signature column: cannot tell whether proto_signature holds the crashing thread or thread 0 (shutdown hang)',
  newShutdownhang: "the walk now names RunWatchdog: the signature would come from thread 0's frames, which Super Search does not return",
  empty: 'EMPTY signature: the mdsw_status_string suffix is not returned by Super Search',
  negativeThread: 'negative crashing_thread: the rules read a thread counted from the end of the thread list, which Super Search does not return',
} as const;

const present = (value: unknown) => value !== undefined && value !== null;
const truthy = (value: unknown) => present(value) && value !== '' && value !== 0 && value !== false;

/** The crashing thread as the engine resolves it: anything but an integer means thread 0. */
function crashingThreadOf(hit: SuperSearchHit): number {
  const value = hit.crashing_thread;
  return typeof value === 'number' && Number.isInteger(value) ? value : 0;
}

/** Super Search hit → the crash data the rules after the walk read (the frames come separately). */
export function hitToCrashData(hit: SuperSearchHit): CrashData {
  const crashingThread = crashingThreadOf(hit);
  // OOMSignature reads the crashing thread's last_error_value; the other threads stay empty.
  const threads: Record<string, unknown>[] = Array.from({ length: Math.max(0, crashingThread + 1) }, () => ({}));
  if (present(hit.last_error_value) && crashingThread >= 0) threads[crashingThread] = { last_error_value: hit.last_error_value };
  const crash: Record<string, unknown> = {
    hang: hit.hang ?? null,
    oom_allocation_size: hit.oom_allocation_size ?? null,
    js_large_allocation_failure: hit.js_large_allocation_failure ?? null,
    abort_message: hit.abort_message ?? null,
    async_shutdown_timeout: hit.async_shutdown_timeout ?? null,
    ipc_channel_error: hit.ipc_channel_error ?? null,
    ipc_message_name: hit.ipc_message_name ?? null,
    // Not returned by Super Search; every use of these is refused before signing (see signFromHit).
    mdsw_status_string: null,
    additional_minidumps: [],
    original_signature: hit.signature ?? '',
    crashing_thread: hit.crashing_thread ?? null,
    reason: hit.reason ?? null,
    threads,
  };
  if (present(hit.java_stack_trace)) crash.java_stack_trace = hit.java_stack_trace;
  return crash;
}

/**
 * A hit made ready to sign, once: its crash data built and proto_signature
 * split into frames, and whatever the columns alone decide settled. Signing
 * it again (every edit re-signs every crash) is then only the walk and the
 * rules, as for a full crash whose frames are cached.
 */
export type PreparedHit =
  /** The columns cannot decide the signature, whatever the lists. */
  | { readonly kind: 'refused'; readonly reason: string }
  /** A Java crash signed from its text trace. */
  | { readonly kind: 'java'; readonly crash: CrashData; readonly crashingThread: number }
  | {
      readonly kind: 'frames';
      readonly crash: CrashData;
      readonly crashingThread: number;
      /** Why the frames cannot be trusted (checked after the line-number list, as it comes first). */
      readonly refusal?: string;
      /** The walk's input, by thread (see GenerateOptions.normalizedFrames). */
      readonly frames: Readonly<Record<number, readonly string[]>>;
      /** A shutdown hang on another thread: its frames as trustShutdownHang signs them. */
      readonly trustedHang?: Readonly<Record<number, readonly string[]>>;
    };

/**
 * One string object per frame text across hits: the walk's memos are keyed by
 * text, and a lookup with the very object it stored is the quick one (a full
 * crash's frames share their texts the same way, through the normaliser's memo).
 */
const frameTexts = createStringMemo<string>(200_000);

function sharedFrame(text: string): string {
  const known = frameTexts.get(text);
  if (known !== undefined) return known;
  frameTexts.set(text, text);
  return text;
}

/** Prepares a hit (see PreparedHit); `crash` is its hitToCrashData when already built. */
export function prepareHit(hit: SuperSearchHit, crash: CrashData = hitToCrashData(hit)): PreparedHit {
  const refused = (reason: string): PreparedHit => ({ kind: 'refused', reason });
  if (truthy(hit.ipc_channel_error)) return refused(NEEDS_FULL_CRASH.ipc);
  const crashingThread = crashingThreadOf(hit);
  // Python counts a negative index from the end of the thread list, which Super Search does not return.
  if (crashingThread < 0) return refused(NEEDS_FULL_CRASH.negativeThread);
  if (truthy(hit.java_stack_trace)) return { kind: 'java', crash, crashingThread };
  if (typeof hit.proto_signature !== 'string') return refused(NEEDS_FULL_CRASH.noFrames);
  const split = splitProtoSignature(hit.proto_signature)?.map(sharedFrame) ?? null;
  const frames = { [crashingThread]: split ?? [] };
  if (!split) return { kind: 'frames', crash, crashingThread, frames, refusal: NEEDS_FULL_CRASH.ambiguous };
  if (crashingThread !== 0) {
    if (typeof hit.signature !== 'string') return { kind: 'frames', crash, crashingThread, frames, refusal: NEEDS_FULL_CRASH.noSignatureColumn };
    // proto_signature holds thread 0's frames; the watchdog thread is represented by its RunWatchdog frame.
    if (hit.signature.includes('shutdownhang | ')) return { kind: 'frames', crash, crashingThread, frames, trustedHang: { [crashingThread]: [WATCHDOG_FRAME], 0: split } };
  }
  // Thread 0's frames are the crashing thread's frames when it crashed: a shutdown hang re-walks them.
  return { kind: 'frames', crash, crashingThread, frames };
}

/** Signs a prepared hit with these lists (see signFromHit). */
export function signPreparedHit(prepared: PreparedHit, generator: SignatureGenerator, options: FastSignOptions): FastSignResult {
  const needs = (reason: string): FastSignResult => ({ status: 'needs-full-crash', reason });
  const trace = options.trace === true;
  if (prepared.kind === 'refused') return needs(prepared.reason);
  if (prepared.kind === 'java') return checked(generator.generate(prepared.crash, { trace }), prepared.crashingThread);
  if (options.lineNumberListChanged) return needs(NEEDS_FULL_CRASH.lineNumbers);
  if (prepared.refusal) return needs(prepared.refusal);
  if (prepared.trustedHang) {
    if (!options.trustShutdownHang) return needs(NEEDS_FULL_CRASH.shutdownhang);
    const result = checked(generator.generate(prepared.crash, { trace, normalizedFrames: prepared.trustedHang }), 0);
    return result.status === 'signed' ? { ...result, assumption: SHUTDOWNHANG_ASSUMPTION } : result;
  }
  return checked(generator.generate(prepared.crash, { trace, normalizedFrames: prepared.frames }), prepared.crashingThread);
}

/**
 * Signs a crash from its Super Search columns alone (see FAST_MODE_COLUMNS):
 * exact for any irrelevant/prefix/sentinel lists, because proto_signature is
 * the walk's input and the later rules read public columns. Where the columns
 * cannot decide the signature, says why instead of guessing. To sign a hit
 * many times, prepare it once (prepareHit, signPreparedHit).
 */
export function signFromHit(hit: SuperSearchHit, generator: SignatureGenerator, options: FastSignOptions): FastSignResult {
  return signPreparedHit(prepareHit(hit), generator, options);
}

/**
 * Refuses a result that may rest on data Super Search does not return, read
 * off the final signature (no trace needed): once SignatureRunWatchDog fires,
 * "shutdownhang | " stays in it (later rules only add prefixes and suffixes);
 * an EMPTY walk result gets the mdsw_status_string suffix, and matters only if
 * "EMPTY" survives to the end (OOM | small and shutdown timeouts replace it).
 * Both checks may refuse a crash they need not; never the other way round.
 */
function checked(result: SignatureResult, crashingThread: number): FastSignResult {
  if (crashingThread !== 0 && result.signature.includes('shutdownhang | ')) return { status: 'needs-full-crash', reason: NEEDS_FULL_CRASH.newShutdownhang };
  if (result.signature.includes('EMPTY')) return { status: 'needs-full-crash', reason: NEEDS_FULL_CRASH.empty };
  return { status: 'signed', result };
}
