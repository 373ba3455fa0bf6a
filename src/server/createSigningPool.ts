import type { SiglistTexts, SignifyOptions } from '../engine/index.ts';
import { createWorkerSigner, SigningTimeoutError, type WorkerSigner } from '../cli/createWorkerSigner.ts';
import { findRunaway } from '../cli/describeRunaway.ts';

/** What the service answers for one input. */
export type PoolAnswer =
  /** signify's output as JSON text (`failed`: it is an `{error}`). */
  | { readonly kind: 'signed'; readonly output: string; readonly failed: boolean }
  /** The crash ran past the watchdog's budget; `siglistLine` is `file:line` when one line alone is at fault. */
  | { readonly kind: 'runaway'; readonly message: string; readonly siglistLine: string | null };

export interface SigningPoolOptions {
  readonly texts: SiglistTexts;
  /** The stock lists: lines that differ from them are suspected first when a crash runs away. */
  readonly stock: SiglistTexts;
  readonly workers: number;
  /** A crash that makes no progress for this long is stopped (the watchdog). */
  readonly budgetMs: number;
}

export interface SigningPool {
  /** Reads and signs one input's JSON text in a worker. */
  sign(json: string, options: SignifyOptions): Promise<PoolAnswer>;
  /** Stops every worker (mid-regex too) and any search for a runaway line. */
  close(): Promise<void>;
}

/** A crash whose worker was stopped for another crash is signed again elsewhere, this often at most. */
const MAX_ATTEMPTS = 3;
/** Runaway searches waiting their turn beyond this are skipped: each costs a core for seconds. */
const MAX_WAITING_SEARCHES = 4;

/**
 * Signs in a pool of worker threads, each under the CLI's watchdog
 * (createWorkerSigner), so the service's own thread only moves text and
 * always answers: an input goes to the worker with the fewest pending, a
 * stopped worker is replaced, and the crashes that were queued behind a
 * runaway one are signed again in another. The runaway crash itself is
 * answered with the siglist line at fault, found as the CLI finds it
 * (findRunaway: bisection in fresh workers), one search at a time.
 */
export function createSigningPool(options: SigningPoolOptions): SigningPool {
  const start = () => createWorkerSigner(options.texts, options.budgetMs);
  const slots: WorkerSigner[] = Array.from({ length: options.workers }, start);
  const closing = new AbortController();
  let searches: Promise<unknown> = Promise.resolve();
  let waitingSearches = 0;

  const pick = (): WorkerSigner => {
    let best = 0;
    for (let index = 0; index < slots.length; index++) {
      if (!(slots[index] as WorkerSigner).alive) slots[index] = start();
      if ((slots[index] as WorkerSigner).pending < (slots[best] as WorkerSigner).pending) best = index;
    }
    return slots[best] as WorkerSigner;
  };

  const runaway = async (json: string, signify: SignifyOptions, error: SigningTimeoutError): Promise<PoolAnswer> => {
    const stopped = error.message;
    if (waitingSearches >= MAX_WAITING_SEARCHES) {
      return { kind: 'runaway', message: `${stopped}; the siglist line at fault was not looked for (${waitingSearches} searches are already waiting)`, siglistLine: null };
    }
    waitingSearches++;
    const search = searches.then(() => findRunaway(options.texts, options.stock, (signer, lists) => signer.signJson(json, signify, lists), options.budgetMs, closing.signal));
    searches = search.catch(() => undefined);
    try {
      const finding = await search;
      return { kind: 'runaway', message: `${stopped}; ${finding.text}`, siglistLine: finding.line ? `${finding.line.file}:${finding.line.line}` : null };
    } catch (searchError) {
      return { kind: 'runaway', message: `${stopped}; ${(searchError as Error).message}`, siglistLine: null };
    } finally {
      waitingSearches--;
    }
  };

  return {
    async sign(json, signify) {
      for (let attempt = 1; ; attempt++) {
        if (closing.signal.aborted) return { kind: 'signed', output: JSON.stringify({ error: 'not signed: the service is shutting down' }), failed: true };
        const signer = pick();
        try {
          return { kind: 'signed', ...(await signer.signJson(json, signify)) };
        } catch (error) {
          if (error instanceof SigningTimeoutError) return runaway(json, signify, error);
          // Its worker was stopped for another crash (or died): this one is not at fault.
          if (!signer.alive && attempt < MAX_ATTEMPTS && !closing.signal.aborted) continue;
          return { kind: 'signed', output: JSON.stringify({ error: (error as Error).message }), failed: true };
        }
      }
    },
    async close() {
      closing.abort();
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
