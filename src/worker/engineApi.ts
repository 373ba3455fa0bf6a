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

/** One crash as the app loaded it. */
export interface LoadedCrash {
  readonly id: string;
  readonly crash: CrashData;
}

/** Signatures of one crash, compact so 17,000 rows cross the worker boundary quickly. */
export interface ResultRow {
  readonly id: string;
  readonly production: string | null;
  readonly stock: string;
  readonly edited: string;
  /** Notes of the edited-lists run. */
  readonly notes: readonly string[];
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
  let stockSignatures: string[] = [];
  let edited: SignatureGenerator | null = null;

  const signWithStock = (list: readonly LoadedCrash[]) => list.map(({ crash }) => (stock ? stock.generate(crash).signature : ''));
  const signStock = () => {
    stockSignatures = signWithStock(crashes);
  };

  return {
    setStockSiglists(texts: SiglistTexts): readonly SiglistError[] {
      stock = createGenerator(compileSiglists(texts));
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
      for (const signature of signWithStock(added)) stockSignatures.push(signature);
      return crashes.length;
    },
    run(texts: SiglistTexts): RunResult {
      const started = performance.now();
      edited = createGenerator(compileSiglists(texts));
      const results = crashes.map(({ crash }) => edited!.generate(crash));
      const rows = crashes.map(({ id, crash }, index) => ({
        id,
        production: productionOf(crash),
        stock: stockSignatures[index] ?? '',
        edited: (results[index] as SignatureResult).signature,
        notes: (results[index] as SignatureResult).notes,
      }));
      return { rows, errors: edited.siglists.errors, usage: countUsage(results), elapsedMs: performance.now() - started };
    },
    /** Signs some crashes (by index; all when null) with the lists, keeping nothing: the watchdog's search times these. */
    probe(texts: SiglistTexts, indexes: readonly number[] | null): number {
      const generator = createGenerator(compileSiglists(texts));
      const chosen = indexes === null ? crashes : indexes.flatMap((index) => crashes[index] ?? []);
      for (const { crash } of chosen) generator.generate(crash);
      return chosen.length;
    },
    trace(id: string): CrashTraces | null {
      const found = crashes.find((crash) => crash.id === id);
      if (!found || !stock || !edited) return null;
      return { stock: stock.generate(found.crash), edited: edited.generate(found.crash) };
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
