import { parseArgs } from 'node:util';
import { createGenerator, INPUT_KINDS, signifyText, toSignifyOutput, type InputKind, type SignatureGenerator, type SignifyOptions, type SignifyOutput } from '../../engine/index.ts';
import { signFromHit, type FastSignOptions } from '../../crash-stats/fast/signFromHit.ts';
import { readAll, readLines, UsageError, type CliIo } from '../cliIo.ts';
import { lineNumberListChanged } from '../lineNumberListChanged.ts';
import { loadSiglistsOrReport } from '../loadSiglistsOrReport.ts';

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
`;

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
  const dir = values.siglists ?? values['signature-list-dir'];
  const siglists = await loadSiglistsOrReport(dir, io);
  if (!siglists) return 2;
  const generator: SignatureGenerator = createGenerator(siglists);
  const supersearch = values.input === 'supersearch';
  const options: SignifyOptions = { input: (supersearch ? 'auto' : values.input) as InputKind, verbose: values.verbose, trace: values.trace };
  const fastOptions: FastSignOptions = {
    lineNumberListChanged: supersearch && (await lineNumberListChanged(dir)),
    trustShutdownHang: values['trust-shutdownhang'],
    trace: values.trace || values.verbose,
  };
  const sign = (text: string) => (supersearch ? signHit(text, generator, options, fastOptions) : signifyText(text, generator, options));

  if (!values.jsonl) {
    const output = sign(await readAll(io.stdin));
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 'error' in output ? 1 : 0;
  }
  let failed = 0;
  let batch = '';
  for await (const line of readLines(io.stdin)) {
    if (!line.trim()) continue;
    const output = sign(line);
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
