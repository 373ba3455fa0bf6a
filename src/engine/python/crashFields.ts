import { pyIntOrNone } from './pyInt.ts';
import { glomGet } from './glomGet.ts';
import { pyGet } from './pyValues.ts';
import type { CrashData } from '../types.ts';

/** `crash_data.get(key)`: a crash that is not a JSON object fails every rule, as upstream. */
export function crashField(crash: CrashData, key: string): unknown {
  return pyGet(crash, key);
}

/**
 * The crashing thread index the frame walk uses; anything unusable means
 * thread 0, as upstream (negative values count from the end, as in Python).
 */
export function getCrashingThread(crash: CrashData): number {
  return pyIntOrNone(pyGet(crash, 'crashing_thread', 0)) ?? 0;
}

/** `threads[n]` with glom's leniency: a missing thread is an empty dict. */
export function getThread(crash: CrashData, index: number): unknown {
  return glomGet(crash, ['threads', String(index)], {});
}
