import { locateRunaway, type Runaway } from '../../engine/watchdog/locateRunaway.ts';
import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineClient, EngineInterruptedError } from '../../worker/createEngineClient.ts';
import { findSuspectLines } from './findSuspectLines.ts';

/** Each probe signs at most the loaded crashes, which take well under a second when nothing backtracks. */
const PROBE_BUDGET_MS = 3_000;

/**
 * After a run hung: re-runs parts of the lists and crashes in a separate
 * worker with a small budget, until one line (and the crash it hangs on) is
 * found. That worker takes the crash set from IndexedDB, like a restarted one,
 * and is restarted after each probe that hangs.
 */
export async function locateRunawayInWorker(stock: SiglistTexts, edited: SiglistTexts): Promise<{ runaway: Runaway; crashIds: string[] }> {
  const probe = createEngineClient({ timeoutMs: PROBE_BUDGET_MS });
  try {
    // No stock lists here: the probe worker would sign every crash with them on restore, and a
    // crafted frame that makes a stock line backtrack would hang that instead of a probe.
    const { count } = await probe.restoreCrashes();
    const crashIds = await probe.crashIds();
    const runaway = await locateRunaway({
      stock,
      edited,
      suspects: findSuspectLines(stock, edited),
      crashCount: count,
      hangs: async (texts, indexes) => {
        try {
          await probe.probe(texts, indexes.length === count ? null : indexes);
          return false;
        } catch (error) {
          if (!(error instanceof EngineInterruptedError && error.reason === 'timeout')) throw error;
          // The restarted worker takes the crashes back; waiting for them keeps that out of the next probe's budget.
          await probe.restoreCrashes();
          return true;
        }
      },
    });
    return { runaway, crashIds };
  } finally {
    probe.dispose();
  }
}
