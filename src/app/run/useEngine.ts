import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineClient, EngineInterruptedError, type EngineClient, type RunResult } from '../../worker/createEngineClient.ts';
import type { CrashSetInfo, LineUsage } from '../../worker/engineApi.ts';
import { describeRunaway, describeSearch, describeSearchFailed } from './describeRunaway.ts';
import { locateRunawayInWorker } from './locateRunawayInWorker.ts';

export interface EngineState {
  readonly result: RunResult | null;
  readonly running: boolean;
  /** The shown result is from before the latest edit. */
  readonly stale: boolean;
  readonly problem: string | null;
  /** How often each siglist line decided a frame in the last run (arrives after its rows). */
  readonly usage: readonly LineUsage[];
  cancel(): void;
}

/**
 * None to speak of: the worker drops a run that a newer one overtakes and
 * recompiles only the edited list, so runs need not wait for typing to pause;
 * the timer only folds together edits made in one task.
 */
const DEBOUNCE_MS = 0;
/** A run of 17,000 crashes takes well under a second; ten seconds means a regex is backtracking. */
export const RUN_TIMEOUT_MS = 10_000;

/** The engine worker for this page, restarted by the watchdog (it then takes its crash set back from IndexedDB). */
export function useEngineClient(onRestart: (info: CrashSetInfo) => void): EngineClient | null {
  const [client, setClient] = useState<EngineClient | null>(null);
  const restartRef = useRef(onRestart);
  useEffect(() => {
    restartRef.current = onRestart;
  }, [onRestart]);
  useEffect(() => {
    const created = createEngineClient({ timeoutMs: RUN_TIMEOUT_MS, onRestart: (info) => restartRef.current(info) });
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}

/**
 * Keeps the worker in step with the stock lists, the crash set and the
 * edited lists, re-running (debounced) after every change.
 */
export function useEngine(client: EngineClient | null, stock: SiglistTexts | null, edited: SiglistTexts | null, crashVersion: number): EngineState {
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  const [stale, setStale] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [usage, setUsage] = useState<readonly LineUsage[]>([]);
  const generation = useRef(0);
  /** The lists of the run the watchdog stopped: the worker's restart must not run them again (and hang again). */
  const hung = useRef<{ stock: SiglistTexts; edited: SiglistTexts } | null>(null);

  useEffect(() => {
    if (client && stock) void client.setStockSiglists(stock);
  }, [client, stock]);

  useEffect(() => {
    if (!client || !edited || !stock) return;
    if (hung.current?.stock === stock && hung.current.edited === edited) return;
    const run = ++generation.current;
    setStale(true);
    const attempt = () => {
      setRunning(true);
      client.run(edited).then(
        (next) => {
          if (run !== generation.current) return;
          // Overtaken by a change to the crash set with no newer run of ours: sign again.
          if (!next) return attempt();
          // A transition: rendering 17,000 rows' worth of tables yields to typing and scrolling.
          startTransition(() => {
            setResult(next);
            setProblem(null);
            setStale(false);
            setRunning(false);
          });
          client.lineUsage().then(
            (counted) => counted && run === generation.current && setUsage(counted),
            () => undefined,
          );
        },
        (error: unknown) => {
          if (run !== generation.current) return;
          setRunning(false);
          if (error instanceof EngineInterruptedError && error.reason === 'timeout') {
            // Name the line at fault (and the crash): searched in a separate worker, the message follows.
            const seconds = RUN_TIMEOUT_MS / 1000;
            hung.current = { stock, edited };
            setStale(false);
            setProblem(describeSearch(seconds));
            locateRunawayInWorker(stock, edited).then(
              ({ runaway, crashIds }) => run === generation.current && setProblem(describeRunaway(seconds, runaway, crashIds)),
              (error: unknown) => run === generation.current && setProblem(describeSearchFailed(seconds, (error as Error).message)),
            );
            return;
          }
          setProblem(
            error instanceof EngineInterruptedError
                ? 'Run cancelled. Edit a siglist to run again.'
                : `The run failed: ${(error as Error).message}`,
          );
        },
      );
    };
    const timer = setTimeout(attempt, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, stock, edited, crashVersion]);

  const cancel = useCallback(() => client?.cancel(), [client]);
  return { result, running, stale, problem, usage, cancel };
}
