import type { SiglistMatch, SiglistTexts } from '../engine/index.ts';
import { locateRunaway, type Runaway } from '../engine/watchdog/locateRunaway.ts';
import { regexLines } from '../engine/watchdog/siglistSubsets.ts';
import { createWorkerSigner, SigningTimeoutError, type WorkerSigner } from './createWorkerSigner.ts';

/** Probes run one crash: a shorter budget than a whole run's keeps the search quick. */
const PROBE_BUDGET_MS = 2_000;

const quote = (pattern: string) => (pattern.length > 120 ? `${pattern.slice(0, 120)}…` : pattern);

/** Signs the crash at fault with `texts` in `signer` (a crash object, or JSON text the worker reads). */
export type SignWith = (signer: WorkerSigner, texts: SiglistTexts) => Promise<unknown>;

/** What the search found: the line at fault (when one alone is) and the sentence that says so. */
export interface RunawayFinding {
  readonly line: SiglistMatch | null;
  readonly text: string;
}

/** The search was called off (the service is shutting down). */
export class SearchAbortedError extends Error {
  constructor() {
    super('the search for the siglist line at fault was called off');
  }
}

/** Signs one crash with variants of the lists; a worker is replaced only when the watchdog stopped it. */
function createProbe(signWith: SignWith, budgetMs: number, signal: AbortSignal | undefined) {
  let signer: WorkerSigner | null = null;
  const stop = () => void signer?.close();
  signal?.addEventListener('abort', stop, { once: true });
  return {
    async hangs(texts: SiglistTexts): Promise<boolean> {
      if (signal?.aborted) throw new SearchAbortedError();
      if (!signer?.alive) signer = createWorkerSigner(texts, budgetMs);
      try {
        await signWith(signer, texts);
        return false;
      } catch (error) {
        if (signal?.aborted) throw new SearchAbortedError();
        return error instanceof SigningTimeoutError;
      }
    },
    close: async () => {
      signal?.removeEventListener('abort', stop);
      await signer?.close();
    },
  };
}

function describe(runaway: Runaway): RunawayFinding {
  switch (runaway.kind) {
    case 'edited-line':
      return { line: runaway.line, text: `${runaway.line.file}:${runaway.line.line}: this line backtracks catastrophically on this crash: ${quote(runaway.line.pattern)}` };
    case 'stock-line':
      return runaway.line
        ? { line: runaway.line, text: `${runaway.line.file}:${runaway.line.line}: no changed line is at fault: this stock line backtracks on this crash (an unusual frame, e.g. a very long function name): ${quote(runaway.line.pattern)}` }
        : { line: null, text: 'no single siglist line could be blamed; the crash itself may be pathological' };
    case 'not-found':
      return { line: null, text: `no single line hangs alone; these lines together do: ${runaway.suspects.slice(0, 5).map((line) => `${line.file}:${line.line}`).join(', ')}` };
  }
}

/**
 * Finds the line a crash hangs on by re-signing it in fresh workers with
 * parts of the lists: the lines that differ from the stock lists are
 * suspected first; if none is at fault, the stock line is named.
 */
export async function findRunaway(texts: SiglistTexts, stock: SiglistTexts, signWith: SignWith, budgetMs: number, signal?: AbortSignal): Promise<RunawayFinding> {
  const known = new Set(regexLines(stock).map((line) => `${line.file}\n${line.pattern}`));
  const probe = createProbe(signWith, Math.min(budgetMs, PROBE_BUDGET_MS), signal);
  try {
    return describe(
      await locateRunaway({
        stock,
        edited: texts,
        suspects: regexLines(texts).filter((line) => !known.has(`${line.file}\n${line.pattern}`)),
        crashCount: 1,
        hangs: (subset, crashes) => (crashes.length === 0 ? Promise.resolve(false) : probe.hangs(subset)),
      }),
    );
  } finally {
    await probe.close();
  }
}

/** The CLI's form: the sentence naming the line a crash (as data) hangs on. */
export async function describeRunaway(texts: SiglistTexts, stock: SiglistTexts, crash: unknown, budgetMs: number): Promise<string> {
  return (await findRunaway(texts, stock, (signer, lists) => signer.sign(crash, lists), budgetMs)).text;
}
