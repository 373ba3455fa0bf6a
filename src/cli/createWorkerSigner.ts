import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { SignatureResult, SiglistTexts, SignifyOptions } from '../engine/index.ts';
import type { SignedJson, SigningReply, SigningRequest } from './signingProtocol.ts';

/** A reply to one request (not the worker's "ready"). */
type Answer = Exclude<SigningReply, { readonly ready: true }>;

/** The signing worker made no progress for the whole budget (a regex is backtracking). */
export class SigningTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`signing took longer than ${budgetMs / 1000} s and was stopped`);
  }
}

export interface WorkerSigner {
  /** Signs in a worker; many calls may be in flight, answered in order. With `texts`, switches to those lists first. */
  sign(crash: unknown, texts?: SiglistTexts, trace?: boolean): Promise<SignatureResult>;
  /** Reads and signs one input's JSON text in the worker, as `signify` does; the output comes back as JSON text. */
  signJson(json: string, options: SignifyOptions, texts?: SiglistTexts): Promise<SignedJson>;
  /** Crashes handed over and not answered yet. */
  readonly pending: number;
  /** False once the watchdog (or an error) stopped the worker. */
  readonly alive: boolean;
  close(): Promise<void>;
}

/**
 * The worker entry sits beside this file, built the same way (.ts source,
 * tsc's .js, the bundle's .cjs). From source (tsx, tests) it is TypeScript
 * and needs tsx's loader, which worker threads do not inherit.
 */
function startWorker(texts: SiglistTexts): Worker {
  // Loaded here, not imported: node:worker_threads takes ~5 ms to load, and a
  // one-crash `signify` never starts a worker.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const extension = /\.[cm]?[jt]s$/.exec(new URL(import.meta.url).pathname)?.[0] ?? '.js';
  const fromSource = extension === '.ts';
  const entry = new URL(`./signingWorker${extension}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: { texts } });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: { texts } });
}

/**
 * Signs crashes in a worker under a watchdog: when no answer comes for
 * `budgetMs` while crashes are pending, the worker is terminated and the
 * oldest pending crash (the one being signed) fails with SigningTimeoutError.
 */
export function createWorkerSigner(texts: SiglistTexts, budgetMs: number): WorkerSigner {
  const worker = startWorker(texts);
  const pending = new Map<number, { resolve(reply: Answer): void; reject(error: Error): void }>();
  let nextId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped: Error | null = null;
  let ready = false;

  const failAll = (first: Error, rest: Error) => {
    stopped = rest;
    clearTimeout(timer);
    [...pending.values()].forEach((waiter, index) => waiter.reject(index === 0 ? first : rest));
    pending.clear();
  };
  const arm = () => {
    clearTimeout(timer);
    timer = ready && pending.size > 0 ? setTimeout(() => {
      void worker.terminate();
      failAll(new SigningTimeoutError(budgetMs), new Error('not signed: the signing worker was stopped'));
    }, budgetMs) : undefined;
  };

  worker.on('message', (reply: SigningReply) => {
    if (reply.id === undefined) {
      ready = true;
      return arm();
    }
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    arm();
    if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply);
  });
  worker.on('error', (error) => failAll(error, error));
  // Ended without an error (or terminated by us, once `stopped` is set): nothing pending may wait for ever.
  worker.on('exit', () => {
    if (!stopped) failAll(new Error('the signing worker exited'), new Error('not signed: the signing worker exited'));
  });

  const send = (request: SigningRequest): Promise<Answer> => {
    if (stopped) return Promise.reject(stopped);
    return new Promise<Answer>((resolve, reject) => {
      try {
        // Structured cloning throws on what it cannot copy (a value nested thousands deep): that crash fails alone.
        worker.postMessage(request);
      } catch (error) {
        reject(new Error(`cannot hand this crash to the signing worker: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      pending.set(request.id, { resolve, reject });
      if (pending.size === 1) arm();
    });
  };

  return {
    get alive() {
      return stopped === null;
    },
    get pending() {
      return pending.size;
    },
    sign: async (crash, lists, trace = false) => (await send({ id: nextId++, crash, texts: lists, trace })).result as SignatureResult,
    signJson: async (json, signify, lists) => (await send({ id: nextId++, json, signify, texts: lists, trace: false })).signed as SignedJson,
    async close() {
      // Crashes still in flight are dropped: a reply arriving now must not re-arm the watchdog.
      stopped ??= new Error('not signed: the signer was closed');
      pending.clear();
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}
