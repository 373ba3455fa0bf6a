import { parseArgs } from 'node:util';
import { convertProcessedCrash, parseCrashId, pyJsonDumps } from '../../engine/index.ts';
import { createCrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { DEFAULT_API_URL } from '../../crash-stats/types.ts';
import { UsageError, type CliIo } from '../cliIo.ts';

export const FETCH_DATA_HELP = `Usage: siglab fetch-data [--api-url URL] CRASHID

Fetches one crash from Crash Stats and prints the crash data signature
generation would use, as JSON (feed it to \`siglab signify\`): of the
threads, only the crashing thread and thread 0 (the others are null).
`;

/** `siglab fetch-data`: one crash id → converted crash data. */
export async function runFetchData(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'api-url': { type: 'string', default: DEFAULT_API_URL }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout.write(FETCH_DATA_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('fetch-data takes exactly one crash id');
  const crashId = parseCrashId(positionals[0] as string);
  if (!crashId) {
    io.stderr.write(`siglab: ${positionals[0]} is not a valid crash id\n`);
    return 1;
  }
  const client = createCrashStatsClient({ apiUrl: values['api-url'], token: io.env.SOCORRO_API_TOKEN || undefined, fetch: io.fetch });
  const fetched = await client.getProcessedCrash(crashId);
  if (fetched.status !== 'ok') {
    io.stderr.write(`siglab: ${crashId}: ${fetched.message}\n`);
    return 1;
  }
  let crash: unknown;
  try {
    crash = convertProcessedCrash(fetched.processed);
  } catch (error) {
    io.stderr.write(`siglab: ${crashId}: ${(error as Error).message}\n`);
    return 1;
  }
  // Numbers as Python writes them, so `signify` reads back what signing read.
  io.stdout.write(`${pyJsonDumps(crash, 2)}\n`);
  return 0;
}
