import type { SiglistTexts } from '../engine/index.ts';
import type { CliIo } from './cliIo.ts';
import type { SigningTimeoutError } from './createWorkerSigner.ts';
import { describeRunaway } from './describeRunaway.ts';
import { loadSiglistDir } from './loadSiglistDir.ts';

/** Writes the watchdog's finding (which crash hung, which line is at fault) and answers the exit status: 2, the siglists are at fault. */
export async function reportRunaway(io: CliIo, texts: SiglistTexts, siglistDir: string | undefined, crash: unknown, where: string, error: SigningTimeoutError): Promise<number> {
  io.stderr.write(`siglab: ${where}: ${error.message}; looking for the siglist line at fault…\n`);
  // Lines that differ from the stock lists are suspected first.
  const stock = siglistDir === undefined ? texts : await loadSiglistDir().catch(() => texts);
  io.stderr.write(`siglab: ${where}: ${await describeRunaway(texts, stock, crash, error.budgetMs)}\n`);
  return 2;
}
