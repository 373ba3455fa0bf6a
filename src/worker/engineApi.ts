import {
  compileSiglists,
  createFrameCache,
  createGenerator,
  createSiglistCompiler,
  isCrashId,
  SIGLIST_FILES,
  type CrashData,
  type SiglistError,
  type SiglistFile,
  type SiglistTexts,
  type SignatureGenerator,
  type SignatureResult,
} from '../engine/index.ts';
import { signFromHit } from '../crash-stats/fast/signFromHit.ts';
import { createCrashStore, type LoadedCrash } from './crashStore.ts';
import { createLineUsage, type LineUsage, type LineUsageCounter } from './countLineUsage.ts';
import type { CrashSetPersistence, CrashSetRecord } from './persistCrashSet.ts';
import { readCrashFile } from './readCrashFile.ts';
import { inSlices, SLICE_MS } from './inSlices.ts';
import { nextTask } from './nextTask.ts';
import { packRows, type PackedRows, type ResultRow } from './packedRows.ts';

export type { CrashOrigin, LoadedCrash } from './crashStore.ts';
export type { LineUsage } from './countLineUsage.ts';
export type { ResultRow } from './packedRows.ts';

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

const sameTexts = (a: SiglistTexts, b: SiglistTexts) => SIGLIST_FILES.every((file) => a[file] === b[file]);

/**
 * The engine as the worker exposes it. The worker owns the crash set: it
 * parses files, stores crashes (and keeps them in IndexedDB), signs them with
 * the stock lists once, and re-signs with edited lists on every run. The
 * main thread only ever receives rows and one crash's traces.
 */
export interface EngineOptions {
  readonly persistence?: CrashSetPersistence;
  /** Work between two looks at the message queue. */
  readonly sliceMs?: number;
}

export function createEngineApi({ persistence, sliceMs = SLICE_MS }: EngineOptions = {}) {
  const store = createCrashStore();
  // Normalised frames are kept per crash: an edit to the irrelevant, prefix or sentinel
  // list re-runs only the walk and the rules after it.
  const frameCache = createFrameCache();
  // Lists an edit did not touch are reused, with their memo of frames already matched.
  const compile = createSiglistCompiler();
  // Untraced: rows come back fast; line usage is counted afterwards, in slices (lineUsage).
  const generatorFor = (texts: SiglistTexts) => createGenerator(compile(texts), { frameCache });
  let stockTexts: SiglistTexts | null = null;
  let stock: SignatureGenerator | null = null;
  let stockLineNumbers = '';
  let stockSignatures: string[] = [];
  /** Fast-mode crashes the stock lists cannot sign from their columns: why, by position. */
  let stockReasons: (string | undefined)[] = [];
  /** Fast-mode crashes signed on an assumption the user allowed (stock run), by position. */
  let stockAssumptions: (string | undefined)[] = [];
  let editedLineNumbersChanged = false;
  /** Line usage of the current edited generator, once counted. */
  let usage: { generator: SignatureGenerator; counter: LineUsageCounter } | null = null;
  /** Bumped by every run, so an older run or usage count still going stops. */
  let runGeneration = 0;
  let edited: SignatureGenerator | null = null;
  let bytes = 0;
  let persistProblem: string | null = null;
  let saving: Promise<void> = Promise.resolve();
  let crashSetVersion = 0;

  /** Fast-mode crashes sign from their hit; no result means "needs the full crash", with the reason. */
  const sign = (
    loaded: LoadedCrash,
    generator: SignatureGenerator,
    lineNumberListChanged: boolean,
    trace = false,
  ): { result?: SignatureResult; reason?: string; assumption?: string } => {
    if (!loaded.hit) return { result: generator.generate(loaded.crash, { trace }) };
    const fast = signFromHit(loaded.hit, generator, { lineNumberListChanged, trustShutdownHang: loaded.trustShutdownHang === true, trace });
    return fast.status === 'signed' ? { result: fast.result, ...(fast.assumption ? { assumption: fast.assumption } : {}) } : { reason: fast.reason };
  };

  /** Crashes before this position have their stock signature. */
  let stockSignedUpTo = 0;
  const forgetStock = (from: number) => {
    stockSignedUpTo = Math.min(stockSignedUpTo, from);
  };
  /**
   * Stock signing happens at the start of a run, not when crashes arrive: a
   * crash that makes a stock line backtrack then hangs a run, which the
   * watchdog stops and explains, never a load.
   */
  const signStock = async (overtaken: () => boolean): Promise<boolean> => {
    if (!stock) return true;
    const generator = stock;
    if (stockSignedUpTo === 0) {
      stockSignatures = [];
      stockReasons = [];
      stockAssumptions = [];
    }
    const crashes = store.crashes;
    // Progress is kept: a run overtaken half-way leaves the rest to the next one.
    return inSlices(crashes.length - stockSignedUpTo, sliceMs, overtaken, () => {
      const position = stockSignedUpTo;
      const { result, reason, assumption } = sign(crashes[position] as LoadedCrash, generator, false);
      stockSignatures[position] = result?.signature ?? '';
      stockReasons[position] = reason;
      stockAssumptions[position] = assumption;
      stockSignedUpTo = position + 1;
    });
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
    // A replaced crash changes an old position: sign again from scratch.
    if (change.replaced.length > 0) forgetStock(0);
    usage = null;
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

  const rowsFor = (
    signatures: readonly string[],
    notes: readonly (readonly string[])[],
    reasons: readonly (string | undefined)[],
    assumptions: readonly (string | undefined)[],
    withIds: boolean,
  ): PackedRows =>
    packRows(store.size, (position) => {
      const { id, crash, origin } = store.crashes[position] as LoadedCrash;
      const row: ResultRow = {
        id,
        production: productionOf(crash),
        stock: stockSignatures[position] ?? '',
        edited: signatures[position] ?? '',
        notes: notes[position] ?? [],
        origin: origin ?? 'crash-stats',
      };
      const reason = reasons[position] ?? stockReasons[position];
      if (reason !== undefined) return { ...row, needsFullCrash: reason };
      const assumption = assumptions[position] ?? stockAssumptions[position];
      return assumption === undefined ? row : { ...row, assumption };
    }, withIds);

  let restoring: Promise<void> | null = null;
  const api = {
    setStockSiglists(texts: SiglistTexts): readonly SiglistError[] {
      stockTexts = texts;
      stockLineNumbers = texts['signatures_with_line_numbers_re.txt'];
      stock = generatorFor(texts);
      forgetStock(0);
      usage = null;
      return stock.siglists.errors;
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
      forgetStock(0);
      usage = null;
      await saving;
      saving = persistence ? persistence.clear().catch(() => undefined) : Promise.resolve();
      await saving;
    },

    /** Signs the set with these lists; the ids are sent only if the page's version of the set is not the current one. */
    /**
     * Signs the set with these lists; the ids are sent only if the page's
     * version of the set is not the current one. The work is done in slices,
     * and a run that a newer run (or a change to the crash set) overtook stops
     * at the next slice and answers null: the page can start a run on every
     * keystroke without waiting for the one before.
     */
    async run(texts: SiglistTexts, pageCrashSetVersion = -1): Promise<PackedRunResult | null> {
      const started = performance.now();
      const generation = ++runGeneration;
      const setVersion = crashSetVersion;
      const overtaken = () => generation !== runGeneration || setVersion !== crashSetVersion;
      if (!(await signStock(overtaken))) return null;
      const withIds = pageCrashSetVersion !== crashSetVersion;
      // Nothing edited: the stock run already has every answer.
      if (stock && stockTexts && sameTexts(texts, stockTexts)) {
        if (edited !== stock) usage = null;
        edited = stock;
        editedLineNumbersChanged = false;
        return { packed: rowsFor(stockSignatures, [], [], [], withIds), crashSetVersion, errors: stock.siglists.errors, elapsedMs: performance.now() - started, reusedStock: true };
      }
      const generator = generatorFor(texts);
      edited = generator;
      editedLineNumbersChanged = texts['signatures_with_line_numbers_re.txt'] !== stockLineNumbers;
      usage = null;
      const signatures: string[] = [];
      const notes: (readonly string[])[] = [];
      const reasons: (string | undefined)[] = [];
      const assumptions: (string | undefined)[] = [];
      const crashes = store.crashes;
      const signed = await inSlices(crashes.length, sliceMs, overtaken, (position) => {
        const { result, reason, assumption } = sign(crashes[position] as LoadedCrash, generator, editedLineNumbersChanged);
        signatures.push(result?.signature ?? '');
        notes.push(result?.notes ?? []);
        reasons.push(reason);
        assumptions.push(assumption);
      });
      if (!signed) return null;
      return { packed: rowsFor(signatures, notes, reasons, assumptions, withIds), crashSetVersion, errors: generator.siglists.errors, elapsedMs: performance.now() - started, reusedStock: false };
    },

    /**
     * How often each siglist line decided a frame with the last run's lists. Counted
     * with traces, after the rows went out, in slices: a new run stops it (null).
     */
    async lineUsage(): Promise<LineUsage[] | null> {
      const generator = edited;
      if (!generator) return [];
      if (usage?.generator === generator) return usage.counter.summary();
      const generation = runGeneration;
      const counter = createLineUsage();
      const crashes = store.crashes;
      for (let position = 0; position < crashes.length; position++) {
        if (position % USAGE_SLICE === USAGE_SLICE - 1) {
          await nextTask();
          if (generation !== runGeneration) return null;
        }
        const { result } = sign(crashes[position] as LoadedCrash, generator, editedLineNumbersChanged, true);
        if (result) counter.add(position, result);
      }
      usage = { generator, counter };
      return counter.summary();
    },

    /** Signs some crashes (by position; all when null) with the lists, keeping nothing: the watchdog's search times these. */
    probe(texts: SiglistTexts, indexes: readonly number[] | null): number {
      const generator = createGenerator(compileSiglists(texts));
      const chosen = indexes === null ? store.crashes : indexes.flatMap((index) => store.crashes[index] ?? []);
      for (const loaded of chosen) sign(loaded, generator, false);
      return chosen.length;
    },
    trace(id: string): CrashTraces | null {
      const found = store.find(id);
      if (!found || !stock || !edited) return null;
      const stockRun = sign(found, stock, false, true).result;
      const editedRun = sign(found, edited, editedLineNumbersChanged, true).result;
      return stockRun && editedRun ? { stock: stockRun, edited: editedRun } : null;
    },

    /** Ids of the crashes a siglist line decided a frame of, in the last run. */
    async crashIdsDecidedBy(file: SiglistFile, line: number): Promise<string[]> {
      if (!usage || usage.generator !== edited) await api.lineUsage();
      if (!usage) return [];
      return usage.counter.positionsOf(file, line).map((position) => (store.crashes[position] as LoadedCrash).id);
    },

    /** The ids of the set, in order (the page names crashes by position with them). */
    crashIds(): string[] {
      return store.crashes.map((loaded) => loaded.id);
    },

    /** The crashes a link cannot carry (from files, with no Crash Stats id), for an experiment file that carries its data. */
    exportUntravelledCrashes(): LoadedCrash[] {
      return store.crashes.filter((loaded) => loaded.origin === 'file' && !isCrashId(loaded.id));
    },
  };
  return api;
}

export type EngineApi = ReturnType<typeof createEngineApi>;
