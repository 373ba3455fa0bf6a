import { getCrashingThread } from './python/crashFields.ts';
import { isPyDict } from './python/pyValues.ts';
import type { CrashData } from './types.ts';

/**
 * The part of a crash that signing (and its trace) reads: every top-level
 * field, and of the threads only the crashing thread and thread 0, which
 * shutdown hangs sign from. A real crash has dozens of threads; keeping two
 * is what lets a browser tab hold tens of thousands of crashes. The other
 * threads become null in place, so the list keeps its length and a negative
 * `crashing_thread` still names the same thread.
 */
export function keepSigningInput(crash: CrashData): CrashData {
  if (!isPyDict(crash)) return crash;
  const threads = crash.threads;
  if (!Array.isArray(threads) || threads.length <= 1) return crash;
  let index: number;
  try {
    index = getCrashingThread(crash);
  } catch {
    // An infinite float: every rule that asks for the crashing thread fails; keep them all rather than guess.
    return crash;
  }
  return { ...crash, threads: keepSigningThreads(threads, index) };
}

/** A thread list with only thread 0 and the thread at `index` (Python's: negative from the end); anything else as it is. */
export function keepSigningThreads(threads: unknown, index: number): unknown {
  if (!Array.isArray(threads) || threads.length <= 1) return threads;
  const crashing = index < 0 ? threads.length + index : index;
  return threads.map((thread: unknown, position) => (position === 0 || position === crashing ? thread : null));
}
