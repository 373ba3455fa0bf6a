import { availableParallelism } from 'node:os';
import type { SignifyOptions, SiglistTexts } from '../engine/index.ts';
import { createWorkerSigner, type WorkerSigner } from './createWorkerSigner.ts';

/** Lines a run signs in one worker before the others start: a short run does not pay for their start. */
const WARM_UP_LINES = 256;

export interface SignerPool {
  /** signify's answer for one input text, as JSON text (WorkerSigner.signJson's output); answers may come back out of order. */
  signText(text: string, options: SignifyOptions): Promise<string>;
  close(): Promise<void>;
}

/**
 * Signing workers that share a long `signify --jsonl` run, one per core
 * (the main thread only splits lines and writes answers): reading each
 * input and signing it is the run's work, and it spreads. Each worker keeps
 * its own watchdog, so a runaway crash is still stopped and named.
 */
export function createSignerPool(texts: SiglistTexts, budgetMs: number, size = Math.min(4, availableParallelism())): SignerPool {
  const signers: WorkerSigner[] = [createWorkerSigner(texts, budgetMs)];
  let sent = 0;
  return {
    signText(text, options) {
      if (signers.length < size && sent >= WARM_UP_LINES) signers.push(createWorkerSigner(texts, budgetMs));
      return (signers[sent++ % signers.length] as WorkerSigner).signJson(text, options).then((signed) => signed.output);
    },
    async close() {
      await Promise.all(signers.map((signer) => signer.close()));
    },
  };
}
