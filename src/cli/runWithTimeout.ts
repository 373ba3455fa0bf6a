import { Script } from 'node:vm';

const SLOT = Symbol.for('siglab.runWithTimeout');
// Calls the function parked in the slot; run through `vm` only to get its timeout.
const CALL_PARKED = new Script('globalThis[Symbol.for("siglab.runWithTimeout")]()');

/** `work` ran past its budget and V8 stopped it. */
export class TimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`stopped after ${budgetMs} ms`);
  }
}

/**
 * Runs synchronous `work` on this thread, stopped by V8 when it runs longer
 * than `budgetMs`. Node's `vm` timeout has a watchdog thread terminate the
 * execution, and V8's regex engine honours that in the middle of a
 * backtracking match, so a runaway siglist line cannot hang the caller; the
 * termination cannot be caught by `work` itself. Each call starts that
 * watchdog thread (well under a millisecond): right for one crash, not for
 * every crash of a long run (those sign in a worker, see createWorkerSigner).
 */
export function runWithTimeout<T>(work: () => T, budgetMs: number): T {
  const slots = globalThis as unknown as Record<symbol, unknown>;
  if (slots[SLOT] !== undefined) throw new Error('runWithTimeout cannot nest');
  slots[SLOT] = work;
  try {
    return CALL_PARKED.runInThisContext({ timeout: budgetMs }) as T;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeoutError(budgetMs);
    throw error;
  } finally {
    delete slots[SLOT];
  }
}
