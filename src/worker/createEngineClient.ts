import { proxy, wrap, type Remote } from 'comlink';
import type { SiglistError, SiglistFile, SiglistTexts } from '../engine/types.ts';
import type { CrashSetInfo, CrashTraces, EngineApi, LineUsage, LoadedCrash, LoadProgress, LoadReport, PackedRunResult, SiglistSetKey, SigningOutcome, Travellers } from './engineApi.ts';
import type { SignatureResult } from '../engine/types.ts';
import { groupNumberedChanges, type ChangeReport } from '../report/groupChanges.ts';
import { unpackRows, type ResultRow } from './packedRows.ts';
import { nextTask } from './nextTask.ts';

/** A run's result on the page: the rows unpacked and grouped, the rest as the worker sent it. */
export interface RunResult extends Omit<PackedRunResult, 'packed' | 'crashSetVersion'> {
  readonly rows: readonly ResultRow[];
  /** What the edit did, pair by pair (grouped here from the packed numbers: cheap). */
  readonly changes: ChangeReport;
}


/** A call that was cut short: cancelled by the user, or stopped by the watchdog. */
export class EngineInterruptedError extends Error {
  constructor(readonly reason: 'cancelled' | 'timeout') {
    super(reason === 'cancelled' ? 'The run was cancelled.' : 'The run took too long and was stopped.');
  }
}

export interface EngineClient {
  setStockSiglists(texts: SiglistTexts): Promise<readonly SiglistError[]>;
  /** The crash set the worker kept in IndexedDB (last visit, or before a restart). */
  restoreCrashes(): Promise<CrashSetInfo>;
  /** Hands the files to the worker, which parses, converts, signs and stores them. */
  loadFiles(files: readonly File[], onProgress?: (progress: LoadProgress) => void): Promise<LoadReport>;
  addCrashes(crashes: readonly LoadedCrash[]): Promise<number>;
  clearCrashes(): Promise<void>;
  crashSetInfo(): Promise<CrashSetInfo>;
  /** The crash set's info once it is all stored for the next visit. */
  stored(): Promise<CrashSetInfo>;
  /** Null when a newer run (or a change to the crash set) overtook this one. */
  run(texts: SiglistTexts): Promise<RunResult | null>;
  trace(id: string): Promise<CrashTraces | null>;
  /** One crash traced with any set the worker holds. */
  traceWith(key: SiglistSetKey, id: string): Promise<SignatureResult | null>;
  /** Makes `key` name a set of these lists in the worker (a PR's base, a candidate, a lesson); its errors come back. */
  defineSiglistSet(key: SiglistSetKey, texts: SiglistTexts): Promise<readonly SiglistError[]>;
  dropSiglistSet(key: SiglistSetKey): Promise<void>;
  /** The crash set's signatures with a set, by position; null when a change to the crash set overtook it. */
  signaturesWith(key: SiglistSetKey): Promise<string[] | null>;
  /** Signs crashes outside the crash set (a lesson's) with a set, traced. */
  signOutside(key: SiglistSetKey, crashes: readonly LoadedCrash[]): Promise<SigningOutcome[]>;
  /** Line usage with a set (the last run's edited lists by default), counted after its rows; null when a newer run stopped the count. */
  lineUsage(key?: SiglistSetKey): Promise<LineUsage[] | null>;
  crashIdsDecidedBy(file: SiglistFile, line: number, key?: SiglistSetKey): Promise<string[]>;
  crashIds(): Promise<string[]>;
  /** How the set can travel in a link: ids, fast-mode searches, and how many crashes cannot. */
  travellers(): Promise<Travellers>;
  /** Crashes from files with no Crash Stats id: what a link cannot carry. */
  exportUntravelledCrashes(): Promise<LoadedCrash[]>;
  /** Signs some crashes (by position; all when null) under the watchdog; rejects with a timeout when they hang. */
  probe(texts: SiglistTexts, indexes: readonly number[] | null): Promise<number>;
  /** Stops whatever runs now; the worker restarts with the same stock lists and its stored crashes. */
  cancel(): void;
  dispose(): void;
}

/**
 * Reading and signing a big file (or a slow machine) takes a while; only runs
 * with edited lists get the short watchdog.
 */
const LOAD_TIMEOUT_MS = 300_000;

/**
 * The app's handle on the engine worker. Calls pending when a worker is
 * terminated never settle in comlink, so each call is raced against a
 * watchdog, and cancel/timeout terminate and start a fresh worker, which
 * takes the crash set back from IndexedDB.
 */
export function createEngineClient({ timeoutMs = 15_000, onRestart }: { timeoutMs?: number; onRestart?: (info: CrashSetInfo) => void } = {}): EngineClient {
  let worker: Worker;
  let remote: Remote<EngineApi>;
  let stock: SiglistTexts | null = null;
  const interrupters = new Set<(error: EngineInterruptedError) => void>();
  /** The crash ids of the worker's crash set at a version: runs send them only when the set changed. */
  let knownIds: { version: number; ids: readonly string[] } | null = null;

  /** Unpacks and groups in separate tasks, so that no single task on the page is long. */
  const unpackRun = async (run: PackedRunResult | null): Promise<RunResult | null> => {
    if (!run) return null;
    const { packed, crashSetVersion, ...rest } = run;
    if (packed.ids) knownIds = { version: crashSetVersion, ids: packed.ids };
    if (knownIds?.version !== crashSetVersion) throw new Error('The run came without the crash ids it needs.');
    const { ids } = knownIds;
    await nextTask();
    const rows = unpackRows(packed, ids);
    await nextTask();
    return { ...rest, rows, changes: groupNumberedChanges({ ...packed, ids }) };
  };

  const start = () => {
    // A new worker numbers its crash set afresh.
    knownIds = null;
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    remote = wrap<EngineApi>(worker);
    if (stock) void remote.setStockSiglists(stock);
  };

  const restart = (reason: 'cancelled' | 'timeout') => {
    worker.terminate();
    const error = new EngineInterruptedError(reason);
    interrupters.forEach((interrupt) => interrupt(error));
    interrupters.clear();
    start();
    void remote.restoreCrashes().then((info) => onRestart?.(info));
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
    restoreCrashes: () => guarded(() => remote.restoreCrashes(), LOAD_TIMEOUT_MS),
    loadFiles: (files, onProgress) => guarded(() => remote.loadFiles(files, onProgress && proxy(onProgress)), LOAD_TIMEOUT_MS),
    addCrashes: (crashes) => guarded(() => remote.addCrashes(crashes), LOAD_TIMEOUT_MS),
    clearCrashes: () => guarded(() => remote.clearCrashes(), LOAD_TIMEOUT_MS),
    crashSetInfo: () => guarded(() => remote.crashSetInfo(), LOAD_TIMEOUT_MS),
    stored: () => guarded(() => remote.stored(), LOAD_TIMEOUT_MS),
    run: (texts) => guarded(() => remote.run(texts, knownIds?.version ?? -1)).then(unpackRun),
    trace: (id) => guarded(() => remote.trace(id)),
    traceWith: (key, id) => guarded(() => remote.traceWith(key, id)),
    defineSiglistSet: (key, texts) => guarded(() => remote.defineSiglistSet(key, texts), LOAD_TIMEOUT_MS),
    dropSiglistSet: (key) => guarded(() => remote.dropSiglistSet(key)),
    signaturesWith: (key) => guarded(() => remote.signaturesWith(key)),
    signOutside: (key, crashes) => guarded(() => remote.signOutside(key, crashes)),
    lineUsage: (key) => guarded(() => remote.lineUsage(key), LOAD_TIMEOUT_MS),
    crashIdsDecidedBy: (file, line, key) => guarded(() => remote.crashIdsDecidedBy(file, line, key), LOAD_TIMEOUT_MS),
    crashIds: () => guarded(() => remote.crashIds(), LOAD_TIMEOUT_MS),
    travellers: () => guarded(() => remote.travellers(), LOAD_TIMEOUT_MS),
    exportUntravelledCrashes: () => guarded(() => remote.exportUntravelledCrashes(), LOAD_TIMEOUT_MS),
    probe: (texts, indexes) => guarded(() => remote.probe(texts, indexes)),
    cancel: () => restart('cancelled'),
    dispose: () => worker.terminate(),
  };
}
