import { parseArgs } from 'node:util';
import { createGenerator, INPUT_KINDS, readSignifyInput, toSignifyOutput, type CrashData, type InputKind, type SignatureGenerator, type SignifyOptions, type SignifyOutput } from '../../engine/index.ts';
import { signFromHit, type FastSignOptions } from '../../crash-stats/fast/signFromHit.ts';
import { readAll, readLines, UsageError, type CliIo } from '../cliIo.ts';
import { lineNumberListChanged } from '../lineNumberListChanged.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';
import { SigningTimeoutError } from '../createWorkerSigner.ts';
import { createSignerPool, type SignerPool } from '../createSignerPool.ts';
import { reportRunaway } from '../reportRunaway.ts';
import { runWithTimeout, TimeoutError } from '../runWithTimeout.ts';

export const SIGNIFY_HELP = `Usage: siglab signify [options] < input

Reads a crash as JSON on stdin and prints the signature result as JSON:
{"signature", "proto_signature", "notes", "extra"} — siggen's signify keys, so a
tool that runs \`signify\` can run \`siglab signify\` instead.

Options:
  --jsonl                    one JSON object per input line; one result per output line, in order
  --input KIND               auto (default: an object with "json_dump" is a processed crash,
                             anything else is crash data, as siggen decides), processed,
                             crash-data, or supersearch (a Super Search hit with fast mode's
                             columns: the result is {"uuid", "signature", ...}, or {"uuid",
                             "needs_full_crash": true, "reason"} where the columns cannot
                             decide the signature exactly)
  --trust-shutdownhang       with --input supersearch: sign shutdown hangs on threads other
                             than 0 too, trusting the stored signature's verdict (not exact
                             for edits that change the watchdog thread's walk; such results
                             carry "assumption")
  --trace                    include the per-rule and per-frame trace
  --verbose, -v              include the debug log ("debug_log")
  --siglists DIR             siglist folder (default: the stock lists in public/siglists)
  --signature-list-dir DIR   the same, by siggen's name
  --watchdog SECONDS         stop when one crash takes longer than this to sign (default 10)
                             and name the siglist line at fault (exit status 2)
`;

/** Crashes handed to the signing worker ahead of the one being written. */
const IN_FLIGHT = 64;

interface Signing {
  /** The crash being signed, for the watchdog's report (read again from its text when needed). */
  readonly crashOf: () => unknown;
  /** signify's answer, or its JSON text (as the worker gives it). */
  readonly output: Promise<SignifyOutput | string>;
}

const settled = (output: SignifyOutput): Signing => ({ crashOf: () => null, output: Promise.resolve(output) });

/** The input line as crash data, or the output that says why it is not one. */
function readCrash(text: string, options: SignifyOptions): { crash: unknown } | { failed: Signing } {
  const read = readSignifyInput(text, options.input);
  return 'error' in read ? { failed: settled(read) } : read;
}

/**
 * Crash data or a processed crash, read and signed in the worker (under the
 * watchdog): this thread only splits lines, so reading and signing overlap.
 */
function signInWorker(text: string, signer: SignerPool, options: SignifyOptions): Signing {
  const output = signer.signText(text, options).catch((error: unknown) => {
    // The watchdog stops the whole run; any other failure is this crash's alone.
    if (error instanceof SigningTimeoutError) throw error;
    return { error: (error as Error).message };
  });
  // Answers are awaited in input order, so a runaway may be stopped before its turn comes (another
  // worker still busy with an earlier line): marked as handled here, it is reported when reached.
  output.catch(() => undefined);
  const crashOf = () => {
    const read = readCrash(text, options);
    return 'failed' in read ? null : read.crash;
  };
  return { crashOf, output };
}

/**
 * The one crash of a run without --jsonl, signed on this thread: no worker to
 * start, and the lists compiled once. The watchdog is V8's (runWithTimeout).
 */
function signHere(text: string, generator: SignatureGenerator, options: SignifyOptions, budgetMs: number): Signing {
  const read = readCrash(text, options);
  if ('failed' in read) return read.failed;
  const { crash } = read;
  try {
    const trace = options.trace || options.verbose;
    const result = runWithTimeout(() => generator.generate(crash as CrashData, { trace }), budgetMs);
    return settled(toSignifyOutput(result, options));
  } catch (error) {
    if (error instanceof TimeoutError) return { crashOf: () => crash, output: Promise.reject(new SigningTimeoutError(budgetMs)) };
    return settled({ error: (error as Error).message });
  }
}

const KINDS = [...INPUT_KINDS, 'supersearch'] as const;

/** Fast mode: a Super Search hit (uuid + columns) signed from its columns, or why it cannot be. */
function signHit(text: string, generator: SignatureGenerator, options: SignifyOptions, fastOptions: FastSignOptions): SignifyOutput {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: 'a Super Search hit must be a JSON object' };
  const hit = input as Record<string, unknown>;
  try {
    const fast = signFromHit(hit, generator, fastOptions);
    if (fast.status === 'needs-full-crash') return { uuid: hit.uuid, needs_full_crash: true, reason: fast.reason };
    return { uuid: hit.uuid, ...toSignifyOutput(fast.result, options), ...(fast.assumption ? { assumption: fast.assumption } : {}) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** `siglab signify`: crash data, a processed crash or a Super Search hit in, signature result out. */
export async function runSignify(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      jsonl: { type: 'boolean', default: false },
      input: { type: 'string', default: 'auto' },
      trace: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      siglists: { type: 'string' },
      'signature-list-dir': { type: 'string' },
      'trust-shutdownhang': { type: 'boolean', default: false },
      watchdog: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SIGNIFY_HELP);
    return 0;
  }
  if (!(KINDS as readonly string[]).includes(values.input)) {
    throw new UsageError(`unknown --input ${values.input}; use ${KINDS.join(', ')}`);
  }
  if (values.siglists !== undefined && values['signature-list-dir'] !== undefined) {
    throw new UsageError('give --siglists or --signature-list-dir, not both');
  }
  const budgetSeconds = Number(values.watchdog);
  if (!(budgetSeconds > 0 && budgetSeconds <= 86_400)) throw new UsageError(`--watchdog takes seconds, not ${values.watchdog}`);
  const dir = values.siglists ?? values['signature-list-dir'];
  const loaded = await loadSiglistTextsOrReport(dir, io);
  if (!loaded) return 2;
  const supersearch = values.input === 'supersearch';
  const options: SignifyOptions = { input: (supersearch ? 'auto' : values.input) as InputKind, verbose: values.verbose, trace: values.trace };
  const fastOptions: FastSignOptions = {
    lineNumberListChanged: supersearch && (await lineNumberListChanged(dir)),
    trustShutdownHang: values['trust-shutdownhang'],
    trace: values.trace || values.verbose,
  };
  // Fast mode and a single crash sign here; a --jsonl run signs in workers, under the watchdog.
  const budgetMs = budgetSeconds * 1000;
  const generator = createGenerator(loaded.compiled);
  const signer = supersearch || !values.jsonl ? null : createSignerPool(loaded.texts, budgetMs);
  const sign = (text: string): Signing => {
    if (supersearch) return settled(signHit(text, generator, options, fastOptions));
    return signer ? signInWorker(text, signer, options) : signHere(text, generator, options, budgetMs);
  };
  /** The output, or the exit status when the watchdog stopped the run. */
  const outputOf = async (signing: Signing, where: string): Promise<SignifyOutput | string | number> => {
    try {
      return await signing.output;
    } catch (error) {
      if (error instanceof SigningTimeoutError) return reportRunaway(io, loaded.texts, dir, signing.crashOf(), where, error);
      throw error;
    }
  };

  try {
    if (!values.jsonl) {
      const output = await outputOf(sign(await readAll(io.stdin)), 'the input crash');
      if (typeof output === 'number') return output;
      // One crash signs on this thread (see signHere): its answer is an object, written laid out.
      const answer: SignifyOutput = typeof output === 'string' ? (JSON.parse(output) as SignifyOutput) : output;
      io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return 'error' in answer ? 1 : 0;
    }
    let failed = 0;
    let batch = '';
    const inFlight: { signing: Signing; line: number }[] = [];
    // Answers come back in order; the oldest is written first.
    const writeOldest = async (): Promise<number | null> => {
      const { signing, line } = inFlight.shift() as { signing: Signing; line: number };
      const output = await outputOf(signing, `input line ${line}`);
      if (typeof output === 'number') {
        io.stdout.write(batch);
        return output;
      }
      if (typeof output === 'string' ? output.startsWith('{"error":') : 'error' in output) failed++;
      batch += `${typeof output === 'string' ? output : JSON.stringify(output)}\n`;
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
      inFlight.push({ signing: sign(line), line: lineNumber });
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
    await signer?.close();
  }
}
