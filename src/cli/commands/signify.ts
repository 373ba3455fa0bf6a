import { parseArgs } from 'node:util';
import { createGenerator, INPUT_KINDS, signifyText, type InputKind, type SignatureGenerator, type SignifyOptions } from '../../engine/index.ts';
import { readAll, readLines, UsageError, type CliIo } from '../cliIo.ts';
import { loadSiglistsOrReport } from '../loadSiglistsOrReport.ts';

export const SIGNIFY_HELP = `Usage: siglab signify [options] < input

Reads a crash as JSON on stdin and prints the signature result as JSON:
{"signature", "proto_signature", "notes", "extra"} — siggen's signify keys, so a
tool that runs \`signify\` can run \`siglab signify\` instead.

Options:
  --jsonl                    one JSON object per input line; one result per output line, in order
  --input KIND               auto (default: an object with "json_dump" is a processed crash,
                             anything else is crash data, as siggen decides), processed or crash-data
  --trace                    include the per-rule and per-frame trace
  --verbose, -v              include the debug log ("debug_log")
  --siglists DIR             siglist folder (default: the stock lists in public/siglists)
  --signature-list-dir DIR   the same, by siggen's name
`;

/** `siglab signify`: crash data or a processed crash in, signature result out. */
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SIGNIFY_HELP);
    return 0;
  }
  if (!INPUT_KINDS.includes(values.input as InputKind)) {
    throw new UsageError(`unknown --input ${values.input}; use ${INPUT_KINDS.join(', ')}`);
  }
  if (values.siglists !== undefined && values['signature-list-dir'] !== undefined) {
    throw new UsageError('give --siglists or --signature-list-dir, not both');
  }
  const siglists = await loadSiglistsOrReport(values.siglists ?? values['signature-list-dir'], io);
  if (!siglists) return 2;
  const generator: SignatureGenerator = createGenerator(siglists);
  const options: SignifyOptions = { input: values.input as InputKind, verbose: values.verbose, trace: values.trace };

  if (!values.jsonl) {
    const output = signifyText(await readAll(io.stdin), generator, options);
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 'error' in output ? 1 : 0;
  }
  let failed = 0;
  let batch = '';
  for await (const line of readLines(io.stdin)) {
    if (!line.trim()) continue;
    const output = signifyText(line, generator, options);
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
