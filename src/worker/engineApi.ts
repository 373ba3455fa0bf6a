import {
  compileSiglists,
  createFrameCache,
  createGenerator,
  createSiglistCompiler,
  isCrashId,
  type CrashData,
  type SiglistError,
  type SiglistFile,
  type SiglistTexts,
  type SignatureResult,
} from '../engine/index.ts';
import { createCrashStore, type LoadedCrash, type SearchOrigin } from './crashStore.ts';
import { createLineUsage, type LineUsage } from './countLineUsage.ts';
import { createSiglistSets, EDITED, signWithSet, STOCK, type SiglistSet, type SiglistSetKey, type SigningOutcome } from './siglistSets.ts';
import type { CrashSetPersistence, CrashSetRecord } from './persistCrashSet.ts';
import { readCrashFile } from './readCrashFile.ts';
import { SLICE_MS } from './inSlices.ts';
import { nextTask } from './nextTask.ts';
import { packRows, type PackedRows, type ResultRow } from './packedRows.ts';

export type { CrashOrigin, LoadedCrash, SearchOrigin } from './crashStore.ts';
export type { LineUsage } from './countLineUsage.ts';
export type { ResultRow } from './packedRows.ts';
export type { SiglistSetKey, SigningOutcome } from './siglistSets.ts';

/** A run as the worker sends it: rows packed (see PackedRows); the client unpacks them. */
export interface PackedRunResult {
  readonly packed: PackedRows;
  /** Changes whenever the crash set does: the page keeps the ids it was sent for a version. */
  readonly crashSetVersion: number;
  readonly errors: readonly SiglistError[];
  readonly elapsedMs: number;
  /** The edited lists equal the stock lists, so the stock signatures were reused. */
  readonly reusedStock: boolean;
}

export interface Travellers {
  readonly ids: readonly string[];
  readonly searches: readonly (SearchOrigin & { readonly trustShutdownHang?: boolean })[];
  readonly untravelled: number;
}

export interface CrashTraces {
  readonly stock: SignatureResult;
  readonly edited: SignatureResult;
}

export interface LoadProgress {
  readonly file: string;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  /** Crashes read so far in this load. */
  readonly crashes: number;
  readonly errors: number;
  readonly elapsedMs: number;
}

export interface LoadReport {
  readonly added: number;
  readonly total: number;
  /** The first problems, per item ("set.jsonl line 3: invalid JSON …"). */
  readonly errors: readonly string[];
  readonly errorCount: number;
}

export interface CrashSetInfo {
  readonly count: number;
  /** Steps of the set are still being written for the next visit. */
  readonly saving: boolean;
  /** Approximate size of the stored crash data (JSON bytes). */
  readonly bytes: number;
  /** Why the set could not be kept across reloads, if it could not. */
  readonly persistProblem: string | null;
}

const MAX_REPORTED_ERRORS = 200;
const PROGRESS_EVERY_MS = 100;
/** Crashes counted between yields of the usage count, so a new run is not kept waiting. */
const USAGE_SLICE = 500;

const productionOf = (crash: CrashData): string | null =>
  typeof crash.original_signature === 'string' && crash.original_signature !== '' ? crash.original_signature : null;

/**
 * The engine as the worker exposes it. The worker owns the crash set: it
 * parses files, stores crashes (and keeps them in IndexedDB), and signs them
 * with siglist sets it holds by key (stock, edited, and whatever else a
 * feature asks for). The main thread only ever receives rows and one crash's
 * traces.
 */
export interface EngineOptions {
  readonly persistence?: CrashSetPersistence;
  /** Work between two looks at the message queue. */
  readonly sliceMs?: number;
}

export function createEngineApi({ persistence, sliceMs = SLICE_MS }: EngineOptions = {}) {
  const store = createCrashStore();
  const sets = createSiglistSets({
    store,
    // Lists an edit did not touch are reused, with their memo of frames already matched.
    compile: createSiglistCompiler(),
    // Normalised frames are kept per crash: an edit to the irrelevant, prefix or sentinel
    // list re-runs only the walk and the rules after it.
    frameCache: createFrameCache(),
  });
  /** Bumped by every run, so an older run or usage count still going stops. */
  let runGeneration = 0;
  let bytes = 0;
  let persistProblem: string | null = null;
  let saving: Promise<void> = Promise.resolve();
  let crashSetVersion = 0;

  const setNamed = (key: SiglistSetKey): SiglistSet => {
    const set = sets.get(key);
    if (!set) throw new Error(`No siglist set named ${key}.`);
    return set;
  };

  /** Writes under way: the page says "being kept…" until they are done. */
  let writes = 0;
  /**
   * Saves one step of the set after the steps before it, at once: a worker
   * stopped by the watchdog is replaced by one that takes the set back from
   * the store, so the store must have it before the first run can hang.
   */
  const persist = (record: CrashSetRecord) => {
    if (!persistence) return;
    writes++;
    saving = saving
      .then(() => persistence.append(record, bytes))
      .then(
        () => {
          persistProblem = null;
        },
        (error: unknown) => {
          persistProblem = `The crash set could not be stored for the next visit (${(error as Error).message ?? error}); it stays loaded in this tab.`;
        },
      )
      .finally(() => {
        writes--;
      });
  };

  const add = (batch: readonly LoadedCrash[]) => {
    crashSetVersion++;
    const change = store.add(batch);
    // A replaced crash changes an old position: every set signs again from there.
    if (change.replaced.length > 0) sets.forgetFrom(change.replaced.reduce((lowest, position) => Math.min(lowest, position)));
    else sets.grew();
  };

  /** Reads one file's crashes into the set. */
  const readFile = (file: File, sink: { onCrashes?(count: number): void; onError?(message: string): void; onBytes?(bytesRead: number): void } = {}) =>
    readCrashFile(file, {
      add(batch) {
        add(batch);
        sink.onCrashes?.(batch.length);
      },
      error: (message) => sink.onError?.(message),
      progress: (bytesRead) => sink.onBytes?.(bytesRead),
    });

  const crashSetInfo = (): CrashSetInfo => ({ count: store.size, bytes, persistProblem, saving: writes > 0 });

  /** Rows of a run: stock beside the compared set; fast mode's reasons and assumptions from either. */
  const rowsFor = (stock: SiglistSet, compared: SiglistSet, withIds: boolean): PackedRows =>
    packRows(store.size, (position) => {
      const { id, crash, origin } = store.crashes[position] as LoadedCrash;
      const before = stock.signed[position];
      const after = compared.signed[position];
      const row: ResultRow = {
        id,
        production: productionOf(crash),
        stock: before?.signature ?? '',
        edited: after?.signature ?? '',
        notes: after?.notes ?? [],
        origin: origin ?? 'crash-stats',
      };
      const reason = after?.reason ?? before?.reason;
      if (reason !== undefined) return { ...row, needsFullCrash: reason };
      const assumption = after?.assumption ?? before?.assumption;
      return assumption === undefined ? row : { ...row, assumption };
    }, withIds);

  /** Traces one crash with a set (null when the crash or the set is unknown, or fast mode needs the full crash). */
  const traceWith = (key: SiglistSetKey, id: string): SignatureResult | null => {
    const found = store.find(id);
    const set = sets.get(key);
    return (found && set && signWithSet(set, found, true).result) || null;
  };

  let restoring: Promise<void> | null = null;
  const api = {
    setStockSiglists(texts: SiglistTexts): readonly SiglistError[] {
      return sets.define(STOCK, texts).generator.siglists.errors;
    },

    /**
     * Makes `key` name a set of these lists (a PR's base, a candidate line
     * added, a lesson's lists); the compile errors come back. Sets sharing
     * texts share their signing.
     */
    defineSiglistSet(key: SiglistSetKey, texts: SiglistTexts): readonly SiglistError[] {
      return sets.define(key, texts).generator.siglists.errors;
    },

    dropSiglistSet(key: SiglistSetKey): void {
      sets.drop(key);
    },

    /**
     * The crash set's signatures with a set, by position (null when a newer
     * run or a change to the crash set overtook the signing).
     */
    async signaturesWith(key: SiglistSetKey): Promise<string[] | null> {
      const set = setNamed(key);
      const setVersion = crashSetVersion;
      if (!(await sets.signUp(set, sliceMs, () => setVersion !== crashSetVersion))) return null;
      return set.signed.map((signed) => signed.signature);
    },

    /** Signs crashes that are not in the set (a lesson's, an expectation's) with a set, traced. */
    signOutside(key: SiglistSetKey, crashes: readonly LoadedCrash[]): SigningOutcome[] {
      const set = setNamed(key);
      return crashes.map((loaded) => signWithSet(set, loaded, true));
    },
    /** Brings back the crash set of the last visit (or of the worker before a restart). */
    async restoreCrashes(): Promise<CrashSetInfo> {
      // A call while a restore is under way waits for that one: two would add the set twice.
      restoring ??= (async () => {
        if (!persistence || store.size > 0) return;
        try {
          const saved = await persistence.load();
          if (!saved) return;
          for (const record of saved.records) {
            if (record.kind === 'crashes') add(record.crashes);
            else await readFile(record.file);
          }
          bytes = saved.bytes;
        } catch (error) {
          persistProblem = `The stored crash set could not be read (${(error as Error).message}).`;
        }
      })();
      await restoring;
      return crashSetInfo();
    },

    crashSetInfo,

    /** The set's info once every step so far is stored (or failed to be). */
    async stored(): Promise<CrashSetInfo> {
      await saving;
      return crashSetInfo();
    },

    /** Reads crash files here, off the main thread, reporting progress as it goes. */
    async loadFiles(files: readonly File[], onProgress?: (progress: LoadProgress) => void): Promise<LoadReport> {
      const started = performance.now();
      const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
      const errors: string[] = [];
      let errorCount = 0;
      let crashes = 0;
      let doneBytes = 0;
      let lastReport = 0;
      for (const file of files) {
        let fileBytes = 0;
        const before = crashes;
        await readFile(file, {
          onCrashes(count) {
            crashes += count;
          },
          onError(message) {
            errorCount++;
            if (errors.length < MAX_REPORTED_ERRORS) errors.push(message);
          },
          onBytes(bytesRead) {
            fileBytes = bytesRead;
            const now = performance.now();
            if (now - lastReport < PROGRESS_EVERY_MS) return;
            lastReport = now;
            onProgress?.({ file: file.name, bytesRead: doneBytes + bytesRead, bytesTotal, crashes, errors: errorCount, elapsedMs: now - started });
          },
        });
        doneBytes += fileBytes;
        bytes += file.size;
        // The file itself is kept, read again on the next visit: nothing is cloned now.
        if (crashes > before) persist({ kind: 'file', file });
      }
      return { added: crashes, total: store.size, errors, errorCount };
    },

    /** Adds crashes that arrived elsewhere (fetched from Crash Stats, the examples). */
    addCrashes(batch: readonly LoadedCrash[]): number {
      add(batch);
      for (const { crash } of batch) bytes += JSON.stringify(crash).length;
      persist({ kind: 'crashes', crashes: batch });
      return store.size;
    },

    async clearCrashes(): Promise<void> {
      store.clear();
      crashSetVersion++;
      bytes = 0;
      sets.forgetFrom(0);
      await saving;
      saving = persistence ? persistence.clear().catch(() => undefined) : Promise.resolve();
      await saving;
    },

    /**
     * Signs the set with these lists (they become the "edited" set) beside
     * stock; the ids are sent only if the page's version of the set is not the
     * current one. The work is done in slices, and a run that a newer run (or
     * a change to the crash set) overtook stops at the next slice and answers
     * null: the page can start a run on every keystroke without waiting for
     * the one before. Either set's signatures are kept for the next run.
     */
    async run(texts: SiglistTexts, pageCrashSetVersion = -1): Promise<PackedRunResult | null> {
      const started = performance.now();
      const generation = ++runGeneration;
      const setVersion = crashSetVersion;
      const overtaken = () => generation !== runGeneration || setVersion !== crashSetVersion;
      const stock = setNamed(STOCK);
      // Stock signing happens here, not when crashes arrive: a crash that makes a stock
      // line backtrack then hangs a run, which the watchdog stops and explains, never a load.
      if (!(await sets.signUp(stock, sliceMs, overtaken))) return null;
      const edited = sets.define(EDITED, texts);
      if (!(await sets.signUp(edited, sliceMs, overtaken))) return null;
      const withIds = pageCrashSetVersion !== crashSetVersion;
      return {
        packed: rowsFor(stock, edited, withIds),
        crashSetVersion,
        errors: edited.generator.siglists.errors,
        elapsedMs: performance.now() - started,
        reusedStock: edited === stock,
      };
    },

    /**
     * How often each siglist line decided a frame with a set's lists (the last
     * run's edited lists by default). Counted with traces, after the rows went
     * out, in slices: a new run stops it (null).
     */
    async lineUsage(key: SiglistSetKey = EDITED): Promise<LineUsage[] | null> {
      const set = sets.get(key);
      if (!set) return [];
      if (set.usage) return set.usage.summary();
      const generation = runGeneration;
      const counter = createLineUsage();
      const crashes = store.crashes;
      for (let position = 0; position < crashes.length; position++) {
        if (position % USAGE_SLICE === USAGE_SLICE - 1) {
          await nextTask();
          if (generation !== runGeneration) return null;
        }
        const { result } = signWithSet(set, crashes[position] as LoadedCrash, true);
        if (result) counter.add(position, result);
      }
      // Kept only if the set still stands for these crashes.
      if (sets.get(key) === set && crashes === store.crashes && crashes.length === store.size) set.usage = counter;
      return counter.summary();
    },

    /** Signs some crashes (by position; all when null) with the lists, keeping nothing: the watchdog's search times these. */
    probe(texts: SiglistTexts, indexes: readonly number[] | null): number {
      const generator = createGenerator(compileSiglists(texts));
      const chosen = indexes === null ? store.crashes : indexes.flatMap((index) => store.crashes[index] ?? []);
      for (const loaded of chosen) signWithSet({ generator, lineNumberListChanged: false }, loaded);
      return chosen.length;
    },

    trace(id: string): CrashTraces | null {
      const stock = traceWith(STOCK, id);
      const edited = traceWith(EDITED, id);
      return stock && edited ? { stock, edited } : null;
    },

    traceWith,

    /** Ids of the crashes a siglist line decided a frame of, with a set's lists (the last run's edited ones by default). */
    async crashIdsDecidedBy(file: SiglistFile, line: number, key: SiglistSetKey = EDITED): Promise<string[]> {
      const set = sets.get(key);
      if (!set) return [];
      if (!set.usage) await api.lineUsage(key);
      if (!set.usage) return [];
      return set.usage.positionsOf(file, line).map((position) => (store.crashes[position] as LoadedCrash).id);
    },

    /** The ids of the set, in order (the page names crashes by position with them). */
    crashIds(): string[] {
      return store.crashes.map((loaded) => loaded.id);
    },

    /**
     * How the set can travel in a link: Crash Stats ids, fast-mode searches
     * (signed again from their columns, one request a page, instead of a
     * request a crash), and how many crashes cannot travel (from files,
     * with no Crash Stats id). The examples travel as a flag.
     */
    travellers(): Travellers {
      const ids: string[] = [];
      const searches = new Map<string, Travellers['searches'][number]>();
      let untravelled = 0;
      for (const loaded of store.crashes) {
        if (loaded.origin === 'example') continue;
        if (loaded.search) {
          const search = { ...loaded.search, ...(loaded.trustShutdownHang ? { trustShutdownHang: true } : {}) };
          searches.set(JSON.stringify(search), search);
        } else if (isCrashId(loaded.id)) ids.push(loaded.id);
        else untravelled++;
      }
      return { ids, searches: [...searches.values()], untravelled };
    },

    /** The crashes a link cannot carry (from files, with no Crash Stats id), for an experiment file that carries its data. */
    exportUntravelledCrashes(): LoadedCrash[] {
      return store.crashes.filter((loaded) => loaded.origin === 'file' && !isCrashId(loaded.id));
    },
  };
  return api;
}

export type EngineApi = ReturnType<typeof createEngineApi>;
