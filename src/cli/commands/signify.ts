import { parseArgs } from 'node:util';
import { convertProcessedCrash, createGenerator, type CrashData, type SignatureGenerator, type SignatureResult } from '../../engine/index.ts';
import { readAll, readLines, UsageError, type CliIo } from '../cliIo.ts';
import { loadSiglistsOrReport } from '../loadSiglistsOrReport.ts';
import { lineNumberListChanged } from '../lineNumberListChanged.ts';
import { signFromHit } from '../../crash-stats/fast/signFromHit.ts';

export const SIGNIFY_HELP = `Usage: siglab signify [options] < input

Reads crash data as JSON on stdin and prints the signature result as JSON:
{"signature", "notes", "extra"} (plus "debug_log" with --verbose).

Options:
  --jsonl             one JSON object per input line; one result per output line, in order
  --input KIND        crash-data (default), processed (a Crash Stats ProcessedCrash) or
                      supersearch (a Super Search hit with fast mode's columns: the
                      result is {"uuid", "signature", ...}, or {"uuid",
                      "needs_full_crash": true, "reason"} where the columns cannot
                      decide the signature exactly)
  --trust-shutdownhang  with --input supersearch: sign shutdown hangs on threads other
                      than 0 too, trusting the stored signature's verdict (not exact
                      for edits that change the watchdog thread's walk; such results
                      carry "assumption")
  --trace             include the per-rule and per-frame trace
  --verbose, -v       include the debug log
  --siglists DIR      siglist folder (default: the stock lists in public/siglists)
`;

interface SignifyOptions {
  readonly kind: 'crash-data' | 'processed' | 'supersearch';
  readonly lineNumberListChanged: boolean;
  readonly trustShutdownHang: boolean;
  readonly verbose: boolean;
  readonly trace: boolean;
}

function toOutput(result: SignatureResult, options: SignifyOptions): Record<string, unknown> {
  const output: Record<string, unknown> = { signature: result.signature, notes: result.notes, extra: result.extra };
  if (options.verbose) output.debug_log = result.debugLog;
  if (options.trace) output.trace = result.trace;
  return output;
}

function signText(text: string, generator: SignatureGenerator, options: SignifyOptions): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  try {
    if (options.kind === 'supersearch') return signHit(input, generator, options);
    const crash = options.kind === 'processed' ? convertProcessedCrash(input) : (input as CrashData);
    return toOutput(generator.generate(crash, { trace: options.trace || options.verbose }), options);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Fast mode: a Super Search hit (uuid + columns) signed from its columns, or why it cannot be. */
function signHit(input: unknown, generator: SignatureGenerator, options: SignifyOptions): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: 'a Super Search hit must be a JSON object' };
  const hit = input as Record<string, unknown>;
  const fast = signFromHit(hit, generator, {
    lineNumberListChanged: options.lineNumberListChanged,
    trustShutdownHang: options.trustShutdownHang,
    trace: options.trace || options.verbose,
  });
  if (fast.status === 'needs-full-crash') return { uuid: hit.uuid, needs_full_crash: true, reason: fast.reason };
  return { uuid: hit.uuid, ...toOutput(fast.result, options), ...(fast.assumption ? { assumption: fast.assumption } : {}) };
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
      'trust-shutdownhang': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SIGNIFY_HELP);
    return 0;
  }
  if (values.input !== 'crash-data' && values.input !== 'processed' && values.input !== 'supersearch') {
    throw new UsageError(`unknown --input ${values.input}; use crash-data, processed or supersearch`);
  }
  const siglists = await loadSiglistsOrReport(values.siglists, io);
  if (!siglists) return 2;
  const generator = createGenerator(siglists);
  const options: SignifyOptions = {
    kind: values.input,
    lineNumberListChanged: values.input === 'supersearch' && (await lineNumberListChanged(values.siglists)),
    trustShutdownHang: values['trust-shutdownhang'],
    verbose: values.verbose,
    trace: values.trace,
  };

  if (!values.jsonl) {
    const output = signText(await readAll(io.stdin), generator, options);
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 'error' in output ? 1 : 0;
  }
  let failed = 0;
  let batch = '';
  for await (const line of readLines(io.stdin)) {
    if (!line.trim()) continue;
    const output = signText(line, generator, options);
    if ('error' in output) failed++;
    batch += `${JSON.stringify(output)}\n`;
    // Write in chunks: one write per line would dominate the run time.
    if (batch.length > 1 << 16) {
      io.stdout.write(batch);
      batch = '';
    }
  }
  io.stdout.write(batch);
  return failed > 0 ? 1 : 0;
}
