import { locateRunaway, type Runaway } from '../../engine/watchdog/locateRunaway.ts';
import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineClient, EngineInterruptedError } from '../../worker/createEngineClient.ts';
import { findSuspectLines } from './findSuspectLines.ts';

/** Each probe signs at most the crash set, which takes well under a second when nothing backtracks. */
const PROBE_BUDGET_MS = 3_000;

export interface LocatedRunaway {
  readonly runaway: Runaway;
  /** Ids of the crashes by position, for the ones the search names. */
  readonly crashIds: ReadonlyMap<number, string>;
}

/**
 * After a run hung: re-runs parts of the lists and of the crash set (which a
 * second worker takes from IndexedDB) with a small budget, until one line
 * (and the crash it hangs on) is found. That worker restarts after each probe
 * that hangs.
 */
export async function locateRunawayInWorker(stock: SiglistTexts, edited: SiglistTexts): Promise<LocatedRunaway> {
  const probe = createEngineClient({ timeoutMs: PROBE_BUDGET_MS });
  try {
    const { count } = await probe.restoreCrashes();
    const runaway = await locateRunaway({
      stock,
      edited,
      suspects: findSuspectLines(stock, edited),
      crashCount: count,
      hangs: async (texts, positions) => {
        try {
          await probe.probe(texts, positions.length === count ? null : positions);
          return false;
        } catch (error) {
          if (!(error instanceof EngineInterruptedError && error.reason === 'timeout')) throw error;
          // The restarted worker takes the crash set back; waiting for it keeps that out of the next probe's budget.
          await probe.restoreCrashes();
          return true;
        }
      },
    });
    const crashIds = new Map<number, string>();
    const position = runaway.kind === 'not-found' ? null : runaway.crash;
    const id = position === null ? null : await probe.crashIdAt(position);
    if (position !== null && id !== null) crashIds.set(position, id);
    return { runaway, crashIds };
  } finally {
    probe.dispose();
  }
}
