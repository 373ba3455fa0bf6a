import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineClient, EngineInterruptedError, type EngineClient } from '../../worker/createEngineClient.ts';
import type { LoadedCrash, RunResult } from '../../worker/engineApi.ts';
import { describeRunaway, describeSearch } from './describeRunaway.ts';
import { locateRunawayInWorker } from './locateRunawayInWorker.ts';

export interface EngineState {
  readonly result: RunResult | null;
  readonly running: boolean;
  /** The shown result is from before the latest edit. */
  readonly stale: boolean;
  readonly problem: string | null;
  readonly client: EngineClient | null;
  cancel(): void;
}

const DEBOUNCE_MS = 150;
/** A run of 17,000 crashes takes well under a second; ten seconds means a regex is backtracking. */
export const RUN_TIMEOUT_MS = 10_000;

/**
 * Keeps the worker in step with the stock lists, the crashes and the edited
 * lists, re-running (debounced) after every change.
 */
export function useEngine(stock: SiglistTexts | null, edited: SiglistTexts | null, crashes: readonly LoadedCrash[]): EngineState {
  const [client, setClient] = useState<EngineClient | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  const [stale, setStale] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    const created = createEngineClient({ timeoutMs: RUN_TIMEOUT_MS });
    setClient(created);
    return () => created.dispose();
  }, []);

  useEffect(() => {
    if (client && stock) void client.setStockSiglists(stock);
  }, [client, stock]);

  useEffect(() => {
    if (client) void client.setCrashes(crashes);
  }, [client, crashes]);

  useEffect(() => {
    if (!client || !edited || !stock) return;
    const run = ++generation.current;
    setStale(true);
    const timer = setTimeout(() => {
      setRunning(true);
      client.run(edited).then(
        (next) => {
          if (run !== generation.current) return;
          setResult(next);
          setProblem(null);
          setStale(false);
          setRunning(false);
        },
        (error: unknown) => {
          if (run !== generation.current) return;
          setRunning(false);
          if (error instanceof EngineInterruptedError && error.reason === 'timeout') {
            // Name the line at fault (and the crash): searched in a separate worker, the message follows.
            const seconds = RUN_TIMEOUT_MS / 1000;
            setProblem(describeSearch(seconds));
            locateRunawayInWorker(stock, edited, crashes).then(
              (runaway) => run === generation.current && setProblem(describeRunaway(seconds, runaway, crashes.map((crash) => crash.id))),
              () => undefined,
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
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, stock, edited, crashes]);

  const cancel = useCallback(() => client?.cancel(), [client]);
  return { result, running, stale, problem, client, cancel };
}
