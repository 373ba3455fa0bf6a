import { locateRunaway, type Runaway } from '../../engine/watchdog/locateRunaway.ts';
import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineClient, EngineInterruptedError } from '../../worker/createEngineClient.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';
import { findSuspectLines } from './findSuspectLines.ts';

/** Each probe signs at most the loaded crashes, which take well under a second when nothing backtracks. */
const PROBE_BUDGET_MS = 3_000;

/**
 * After a run hung: re-runs parts of the lists and crashes in a separate
 * worker with a small budget, until one line (and the crash it hangs on) is
 * found. The separate worker is restarted after each probe that hangs.
 */
export async function locateRunawayInWorker(stock: SiglistTexts, edited: SiglistTexts, crashes: readonly LoadedCrash[]): Promise<Runaway> {
  const probe = createEngineClient({ timeoutMs: PROBE_BUDGET_MS });
  try {
    await probe.setCrashes(crashes);
    return await locateRunaway({
      stock,
      edited,
      suspects: findSuspectLines(stock, edited),
      crashCount: crashes.length,
      hangs: async (texts, indexes) => {
        try {
          await probe.probe(texts, indexes.length === crashes.length ? null : indexes);
          return false;
        } catch (error) {
          if (!(error instanceof EngineInterruptedError && error.reason === 'timeout')) throw error;
          // The restarted worker gets the crashes again; waiting for them keeps that out of the next probe's budget.
          await probe.setCrashes(crashes);
          return true;
        }
      },
    });
  } finally {
    probe.dispose();
  }
}
