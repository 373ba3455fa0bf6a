import type { SiglistTexts } from '../engine/index.ts';
import { locateRunaway, type Runaway } from '../engine/watchdog/locateRunaway.ts';
import { regexLines } from '../engine/watchdog/siglistSubsets.ts';
import { createWorkerSigner, SigningTimeoutError, type WorkerSigner } from './createWorkerSigner.ts';

/** Probes run one crash: a shorter budget than a whole run's keeps the search quick. */
const PROBE_BUDGET_MS = 2_000;

const quote = (pattern: string) => (pattern.length > 120 ? `${pattern.slice(0, 120)}…` : pattern);

/** Signs one crash with variants of the lists; a worker is replaced only when the watchdog stopped it. */
function createProbe(crash: unknown, budgetMs: number) {
  let signer: WorkerSigner | null = null;
  return {
    async hangs(texts: SiglistTexts): Promise<boolean> {
      if (!signer?.alive) signer = createWorkerSigner(texts, budgetMs);
      try {
        await signer.sign(crash, texts);
        return false;
      } catch (error) {
        return error instanceof SigningTimeoutError;
      }
    },
    close: () => signer?.close(),
  };
}

/**
 * Finds the line a crash hangs on by re-signing it in fresh workers with
 * parts of the lists, and says it: the lines that differ from the stock
 * lists are suspected first; if none is at fault, the stock line is named.
 */
export async function describeRunaway(texts: SiglistTexts, stock: SiglistTexts, crash: unknown, budgetMs: number): Promise<string> {
  const known = new Set(regexLines(stock).map((line) => `${line.file}\n${line.pattern}`));
  const probe = createProbe(crash, Math.min(budgetMs, PROBE_BUDGET_MS));
  let runaway: Runaway;
  try {
    runaway = await locateRunaway({
      stock,
      edited: texts,
      suspects: regexLines(texts).filter((line) => !known.has(`${line.file}\n${line.pattern}`)),
      crashCount: 1,
      hangs: (subset, crashes) => (crashes.length === 0 ? Promise.resolve(false) : probe.hangs(subset)),
    });
  } finally {
    await probe.close();
  }
  switch (runaway.kind) {
    case 'edited-line':
      return `${runaway.line.file}:${runaway.line.line}: this line backtracks catastrophically on this crash: ${quote(runaway.line.pattern)}`;
    case 'stock-line':
      return runaway.line
        ? `${runaway.line.file}:${runaway.line.line}: no changed line is at fault: this stock line backtracks on this crash (an unusual frame, e.g. a very long function name): ${quote(runaway.line.pattern)}`
        : 'no single siglist line could be blamed; the crash itself may be pathological';
    case 'not-found':
      return `no single line hangs alone; these lines together do: ${runaway.suspects.slice(0, 5).map((line) => `${line.file}:${line.line}`).join(', ')}`;
  }
}
