import { wrap, type Remote } from 'comlink';
import type { SiglistError, SiglistTexts } from '../engine/types.ts';
import type { CrashTraces, EngineApi, LoadedCrash, RunResult } from './engineApi.ts';

/** A call that was cut short: cancelled by the user, or stopped by the watchdog. */
export class EngineInterruptedError extends Error {
  constructor(readonly reason: 'cancelled' | 'timeout') {
    super(reason === 'cancelled' ? 'The run was cancelled.' : 'The run took too long and was stopped.');
  }
}

export interface EngineClient {
  setStockSiglists(texts: SiglistTexts): Promise<readonly SiglistError[]>;
  /** Sends the crashes; when the list only grew since the last call, only the new ones cross over. */
  setCrashes(crashes: readonly LoadedCrash[]): Promise<number>;
  run(texts: SiglistTexts): Promise<RunResult>;
  trace(id: string): Promise<CrashTraces | null>;
  /** Signs some crashes (by index; all when null) under the watchdog; rejects with a timeout when they hang. */
  probe(texts: SiglistTexts, indexes: readonly number[] | null): Promise<number>;
  /** Stops whatever runs now; the worker restarts with the same stock lists and crashes. */
  cancel(): void;
  dispose(): void;
}

/**
 * Handing over tens of thousands of crashes (and signing them with the stock
 * lists, which are known to be fast) may take a while on a slow machine; only
 * runs with edited lists get the short watchdog.
 */
const LOAD_TIMEOUT_MS = 300_000;

/**
 * The app's handle on the engine worker. Calls pending when a worker is
 * terminated never settle in comlink, so each call is raced against a
 * watchdog, and cancel/timeout terminate and start a fresh worker.
 */
export function createEngineClient({ timeoutMs = 15_000 } = {}): EngineClient {
  let worker: Worker;
  let remote: Remote<EngineApi>;
  let stock: SiglistTexts | null = null;
  let crashes: readonly LoadedCrash[] = [];
  const interrupters = new Set<(error: EngineInterruptedError) => void>();

  const start = () => {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    remote = wrap<EngineApi>(worker);
    if (stock) void remote.setStockSiglists(stock);
    if (crashes.length > 0) void remote.setCrashes(crashes);
  };

  const restart = (reason: 'cancelled' | 'timeout') => {
    worker.terminate();
    const error = new EngineInterruptedError(reason);
    interrupters.forEach((interrupt) => interrupt(error));
    interrupters.clear();
    start();
  };

  const guarded = <T>(call: () => Promise<T>, limitMs = timeoutMs): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const interrupt = (error: EngineInterruptedError) => {
        clearTimeout(timer);
        reject(error);
      };
      const timer = setTimeout(() => restart('timeout'), limitMs);
      interrupters.add(interrupt);
      call().then(
        (value) => {
          clearTimeout(timer);
          interrupters.delete(interrupt);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          interrupters.delete(interrupt);
          reject(error);
        },
      );
    });

  start();
  return {
    setStockSiglists(texts) {
      stock = texts;
      return guarded(() => remote.setStockSiglists(texts), LOAD_TIMEOUT_MS);
    },
    setCrashes(loaded) {
      const previous = crashes;
      crashes = loaded;
      const grew = previous.length > 0 && loaded.length > previous.length && previous.every((crash, index) => loaded[index] === crash);
      if (grew) return guarded(() => remote.addCrashes(loaded.slice(previous.length)), LOAD_TIMEOUT_MS);
      return guarded(() => remote.setCrashes(loaded), LOAD_TIMEOUT_MS);
    },
    run: (texts) => guarded(() => remote.run(texts)),
    trace: (id) => guarded(() => remote.trace(id)),
    probe: (texts, indexes) => guarded(() => remote.probe(texts, indexes)),
    cancel: () => restart('cancelled'),
    dispose: () => worker.terminate(),
  };
}
