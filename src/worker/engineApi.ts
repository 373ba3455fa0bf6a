import {
  compileSiglists,
  createGenerator,
  type CrashData,
  type SiglistError,
  type SiglistFile,
  type SiglistTexts,
  type SignatureGenerator,
  type SignatureResult,
} from '../engine/index.ts';
import type { SuperSearchHit } from '../crash-stats/createCrashStatsClient.ts';
import { signFromHit } from '../crash-stats/fast/signFromHit.ts';

/** One crash as the app loaded it. */
export interface LoadedCrash {
  readonly id: string;
  readonly crash: CrashData;
  /**
   * Fast mode: the crash's Super Search hit (proto_signature = pre-normalised
   * frames, plus the columns the later rules read); it is signed from that
   * alone, or marked as needing the full crash.
   */
  readonly hit?: SuperSearchHit;
  /** Fast mode may sign shutdown hangs on other threads, trusting the stored verdict (see signFromHit). */
  readonly trustShutdownHang?: boolean;
}

/** Signatures of one crash, compact so 17,000 rows cross the worker boundary quickly. */
export interface ResultRow {
  readonly id: string;
  readonly production: string | null;
  readonly stock: string;
  readonly edited: string;
  /** Notes of the edited-lists run. */
  readonly notes: readonly string[];
  /** Fast mode could not sign this crash exactly from its Super Search columns: why. */
  readonly needsFullCrash?: string;
  /** Fast mode signed it on an assumption the user allowed: which. */
  readonly assumption?: string;
}

/** How often a siglist line decided something in the loaded crashes. */
export interface LineUsage {
  readonly file: SiglistFile;
  readonly line: number;
  readonly frames: number;
  readonly crashes: number;
}

export interface RunResult {
  readonly rows: readonly ResultRow[];
  readonly errors: readonly SiglistError[];
  readonly usage: readonly LineUsage[];
  readonly elapsedMs: number;
}

export interface CrashTraces {
  readonly stock: SignatureResult;
  readonly edited: SignatureResult;
}

/** Counts, per siglist line, the frames and crashes it decided (edited lists). */
function countUsage(results: readonly SignatureResult[]): LineUsage[] {
  const counts = new Map<string, { file: SiglistFile; line: number; frames: number; crashes: number }>();
  results.forEach((result) => {
    const seen = new Set<string>();
    for (const rule of result.trace) {
      for (const frame of rule.frames ?? []) {
        for (const match of new Set([frame.match, frame.sentinelMatch, frame.lineNumberMatch])) {
          if (!match || match.line === 0) continue;
          const key = `${match.file}:${match.line}`;
          let entry = counts.get(key);
          if (!entry) counts.set(key, (entry = { file: match.file, line: match.line, frames: 0, crashes: 0 }));
          entry.frames++;
          if (!seen.has(key)) {
            seen.add(key);
            entry.crashes++;
          }
        }
      }
    }
  });
  return [...counts.values()];
}

const productionOf = (crash: CrashData): string | null =>
  typeof crash.original_signature === 'string' && crash.original_signature !== '' ? crash.original_signature : null;

/**
 * The engine as the worker exposes it. It keeps the crashes and the stock
 * signatures, so an edit re-signs only with the edited lists.
 */
export function createEngineApi() {
  let crashes: readonly LoadedCrash[] = [];
  let stock: SignatureGenerator | null = null;
  let stockLineNumbers = '';
  let stockSignatures: string[] = [];
  let edited: SignatureGenerator | null = null;
  let editedLineNumbersChanged = false;

  /** Fast-mode crashes sign from their hit; a missing result means "needs the full crash". */
  const sign = (loaded: LoadedCrash, generator: SignatureGenerator, lineNumberListChanged: boolean, trace = false) => {
    if (!loaded.hit) return { result: generator.generate(loaded.crash, { trace }) };
    const fast = signFromHit(loaded.hit, generator, { lineNumberListChanged, trustShutdownHang: loaded.trustShutdownHang === true, trace });
    return fast.status === 'signed' ? { result: fast.result, assumption: fast.assumption } : { reason: fast.reason };
  };
  const signWithStock = (list: readonly LoadedCrash[]) => list.map((loaded) => (stock ? (sign(loaded, stock, false).result?.signature ?? '') : ''));
  const signStock = () => {
    stockSignatures = signWithStock(crashes);
  };

  return {
    setStockSiglists(texts: SiglistTexts): readonly SiglistError[] {
      stock = createGenerator(compileSiglists(texts));
      stockLineNumbers = texts['signatures_with_line_numbers_re.txt'];
      signStock();
      return stock.siglists.errors;
    },
    setCrashes(loaded: readonly LoadedCrash[]): number {
      crashes = loaded;
      signStock();
      return crashes.length;
    },
    /** Appends crashes (fetching adds them in batches): only the new ones are signed and copied. */
    addCrashes(added: readonly LoadedCrash[]): number {
      crashes = [...crashes, ...added];
      stockSignatures.push(...signWithStock(added));
      return crashes.length;
    },
    run(texts: SiglistTexts): RunResult {
      const started = performance.now();
      // Traced: line usage is counted from the frame decisions.
      edited = createGenerator(compileSiglists(texts), { trace: true });
      editedLineNumbersChanged = texts['signatures_with_line_numbers_re.txt'] !== stockLineNumbers;
      const signed = crashes.map((loaded) => sign(loaded, edited!, editedLineNumbersChanged, true));
      const rows = crashes.map(({ id, crash }, index): ResultRow => {
        const { result, reason, assumption } = signed[index] as { result?: SignatureResult; reason?: string; assumption?: string };
        const row = { id, production: productionOf(crash), stock: stockSignatures[index] ?? '', edited: result?.signature ?? '', notes: result?.notes ?? [] };
        if (reason !== undefined) return { ...row, needsFullCrash: reason };
        return assumption === undefined ? row : { ...row, assumption };
      });
      const results = signed.flatMap(({ result }) => (result ? [result] : []));
      return { rows, errors: edited.siglists.errors, usage: countUsage(results), elapsedMs: performance.now() - started };
    },
    trace(id: string): CrashTraces | null {
      const found = crashes.find((crash) => crash.id === id);
      if (!found || !stock || !edited) return null;
      const stockRun = sign(found, stock, false, true).result;
      const editedRun = sign(found, edited, editedLineNumbersChanged, true).result;
      return stockRun && editedRun ? { stock: stockRun, edited: editedRun } : null;
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
