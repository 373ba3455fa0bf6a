import type { CrashData, SignatureGenerator, SiglistTexts } from '../engine/index.ts';
import type { CliIo } from './cliIo.ts';
import { SigningTimeoutError } from './createWorkerSigner.ts';
import { reportRunaway } from './reportRunaway.ts';
import { runWithTimeout, TimeoutError } from './runWithTimeout.ts';

/** Crashes signed under one watchdog: starting V8's watchdog per crash would cost more than signing. */
const CHUNK = 500;

export interface Runaway {
  readonly crash: CrashData;
  readonly index: number;
  readonly error: SigningTimeoutError;
}

/**
 * Signs every crash on this thread, in chunks under V8's timeout (budget per
 * crash times the chunk's size); a chunk that runs out is signed again crash
 * by crash to find the one that hangs. Answers the signatures, or the runaway.
 */
export function signAllUnderWatchdog(crashes: readonly CrashData[], generator: SignatureGenerator, budgetMs: number): string[] | Runaway {
  const signatures: string[] = new Array<string>(crashes.length);
  for (let start = 0; start < crashes.length; start += CHUNK) {
    const end = Math.min(crashes.length, start + CHUNK);
    try {
      runWithTimeout(() => {
        for (let index = start; index < end; index++) signatures[index] = generator.generate(crashes[index] as CrashData).signature;
      }, budgetMs * (end - start));
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      for (let index = start; index < end; index++) {
        try {
          signatures[index] = runWithTimeout(() => generator.generate(crashes[index] as CrashData).signature, budgetMs);
        } catch (inner) {
          if (inner instanceof TimeoutError) return { crash: crashes[index] as CrashData, index, error: new SigningTimeoutError(budgetMs) };
          throw inner;
        }
      }
    }
  }
  return signatures;
}

/** Prints which siglist line hangs on which crash (see reportRunaway); answers exit status 2. */
export function reportRunawayCrash(io: CliIo, texts: SiglistTexts, dir: string | undefined, runaway: Runaway, where: string): Promise<number> {
  return reportRunaway(io, texts, dir, runaway.crash, where, runaway.error);
}
