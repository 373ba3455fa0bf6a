import { parseArgs } from 'node:util';
import { convertProcessedCrash, type SignatureResult } from '../../engine/index.ts';
import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../../engine/nestingDepth.ts';
import { readAll, readLines, UsageError, type CliIo } from '../cliIo.ts';
import { createWorkerSigner, SigningTimeoutError, type WorkerSigner } from '../createWorkerSigner.ts';
import { reportRunaway } from '../reportRunaway.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';

export const SIGNIFY_HELP = `Usage: siglab signify [options] < input

Reads crash data as JSON on stdin and prints the signature result as JSON:
{"signature", "notes", "extra"} (plus "debug_log" with --verbose).

Options:
  --jsonl             one JSON object per input line; one result per output line, in order
  --input KIND        crash-data (default) or processed (a Crash Stats ProcessedCrash)
  --trace             include the per-rule and per-frame trace
  --verbose, -v       include the debug log
  --siglists DIR      siglist folder (default: the stock lists in public/siglists)
  --watchdog SECONDS  stop when one crash takes longer than this to sign (default 10)
                      and name the siglist line at fault (exit status 2)
`;

/** Crashes handed to the signing worker ahead of the one being written. */
const IN_FLIGHT = 64;

interface SignifyOptions {
  readonly processed: boolean;
  readonly verbose: boolean;
  readonly trace: boolean;
}

function toOutput(result: SignatureResult, options: SignifyOptions): Record<string, unknown> {
  const output: Record<string, unknown> = { signature: result.signature, notes: result.notes, extra: result.extra };
  if (options.verbose) output.debug_log = result.debugLog;
  if (options.trace) output.trace = result.trace;
  return output;
}

interface Signing {
  readonly crash: unknown;
  readonly output: Promise<Record<string, unknown>>;
}

function signText(text: string, signer: WorkerSigner, options: SignifyOptions): Signing {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { crash: null, output: Promise.resolve({ error: `invalid JSON: ${(error as Error).message}` }) };
  }
  if (nestsDeeperThan(input)) return { crash: null, output: Promise.resolve({ error: `nested deeper than ${MAX_NESTING_DEPTH.toLocaleString('en')} levels; no crash is` }) };
  let crash: unknown;
  try {
    crash = options.processed ? convertProcessedCrash(input) : input;
  } catch (error) {
    return { crash: null, output: Promise.resolve({ error: (error as Error).message }) };
  }
  const output = signer.sign(crash).then(
    (result) => toOutput(result, options),
    (error: unknown) => {
      // The watchdog stops the whole run; any other failure is this crash's alone.
      if (error instanceof SigningTimeoutError) throw error;
      return { error: (error as Error).message };
    },
  );
  return { crash, output };
}


/** `siglab signify`: crash data in, signature result out. */
export async function runSignify(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      jsonl: { type: 'boolean', default: false },
      input: { type: 'string', default: 'crash-data' },
      trace: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      siglists: { type: 'string' },
      watchdog: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SIGNIFY_HELP);
    return 0;
  }
  if (values.input !== 'crash-data' && values.input !== 'processed') {
    throw new UsageError(`unknown --input ${values.input}; use crash-data or processed`);
  }
  const budgetSeconds = Number(values.watchdog);
  if (!(budgetSeconds > 0 && budgetSeconds <= 86_400)) throw new UsageError(`--watchdog takes seconds, not ${values.watchdog}`);
  const budgetMs = budgetSeconds * 1000;
  const loaded = await loadSiglistTextsOrReport(values.siglists, io);
  if (!loaded) return 2;
  const options: SignifyOptions = { processed: values.input === 'processed', verbose: values.verbose, trace: values.trace };
  const signer = createWorkerSigner(loaded.texts, budgetMs);
  try {
    if (!values.jsonl) {
      const signing = signText(await readAll(io.stdin), signer, options);
      let output: Record<string, unknown>;
      try {
        output = await signing.output;
      } catch (error) {
        if (error instanceof SigningTimeoutError) return await reportRunaway(io, loaded.texts, values.siglists, signing.crash, 'the input crash', error);
        throw error;
      }
      io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      return 'error' in output ? 1 : 0;
    }
    let failed = 0;
    let batch = '';
    const inFlight: { signing: Signing; line: number }[] = [];
    // Answers come back in order; the oldest is written first.
    const writeOldest = async () => {
      const { signing, line } = inFlight.shift() as { signing: Signing; line: number };
      let output: Record<string, unknown>;
      try {
        output = await signing.output;
      } catch (error) {
        if (error instanceof SigningTimeoutError) {
          io.stdout.write(batch);
          batch = '';
          return await reportRunaway(io, loaded.texts, values.siglists, signing.crash, `input line ${line}`, error);
        }
        throw error;
      }
      if ('error' in output) failed++;
      batch += `${JSON.stringify(output)}\n`;
      // Write in chunks: one write per line would dominate the run time.
      if (batch.length > 1 << 16) {
        io.stdout.write(batch);
        batch = '';
      }
      return null;
    };
    let lineNumber = 0;
    for await (const line of readLines(io.stdin)) {
      lineNumber++;
      if (!line.trim()) continue;
      inFlight.push({ signing: signText(line, signer, options), line: lineNumber });
      if (inFlight.length >= IN_FLIGHT) {
        const stopped = await writeOldest();
        if (stopped !== null) return stopped;
      }
    }
    while (inFlight.length > 0) {
      const stopped = await writeOldest();
      if (stopped !== null) return stopped;
    }
    io.stdout.write(batch);
    return failed > 0 ? 1 : 0;
  } finally {
    await signer.close();
  }
}
