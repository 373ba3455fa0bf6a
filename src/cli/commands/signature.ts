import { parseArgs } from 'node:util';
import { convertProcessedCrash, parseCrashId, type SiglistTexts, type SignatureResult } from '../../engine/index.ts';
import { createCrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { DEFAULT_API_URL, type CrashCache } from '../../crash-stats/types.ts';
import type { CrashData } from '../../engine/types.ts';
import { readLines, UsageError, type CliIo } from '../cliIo.ts';
import { createFileCrashCache, defaultCacheDir } from '../fileCrashCache.ts';
import { REPORT_FORMATS, REPORTS, type ReportFormat, type ReportFormatName } from '../../report/formatReport.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';
import { createWorkerSigner, SigningTimeoutError, type WorkerSigner } from '../createWorkerSigner.ts';
import { reportRunaway } from '../reportRunaway.ts';

export const SIGNATURE_HELP = `Usage: siglab signature [options] [CRASHID ...]

Fetches each crash from Crash Stats, generates its signature with the siglists
and prints it next to the production signature. Crash ids come from the
arguments, else from stdin (one per line); bare ids, bp-<id> and report URLs work.

Options:
  --format FORMAT     text (default), csv, markdown or json (one JSON object per line)
  --different-only    only crashes whose signature changes
  --verbose, -v       also print the debug log and extra data
  --siglists DIR      siglist folder (default: the stock lists in public/siglists)
  --api-url URL       Crash Stats API (default ${DEFAULT_API_URL})
  --cache-dir DIR     cache of fetched crashes (default $XDG_CACHE_HOME/siglab or ~/.cache/siglab)
  --no-cache          neither read nor write the cache
  --timeout SECONDS   give up on a request after this long, then retry (default 30)
  --watchdog SECONDS  stop when one crash takes longer than this to sign (default 10)
                      and name the siglist line at fault (exit status 2)

Environment: SOCORRO_API_TOKEN is sent as the Auth-Token header (raises the rate limit).
Exit status: 0 when every crash was signed, 1 when any failed, 2 for bad usage or siglists.
`;

async function collectIds(positionals: string[], io: CliIo): Promise<string[]> {
  if (positionals.length > 0) return positionals;
  if (io.stdin.isTTY) return [];
  const ids: string[] = [];
  for await (const line of readLines(io.stdin)) if (line.trim()) ids.push(line.trim());
  return ids;
}

interface CrashSource {
  load(crashId: string): Promise<{ crash: CrashData } | { error: string }>;
}

function createCrashSource(io: CliIo, apiUrl: string, cache: CrashCache | null, timeoutMs: number): CrashSource {
  const client = createCrashStatsClient({ apiUrl, token: io.env.SOCORRO_API_TOKEN || undefined, fetch: io.fetch, timeoutMs });
  return {
    async load(crashId) {
      const cached = await cache?.get(crashId);
      if (cached) return { crash: cached };
      const fetched = await client.getProcessedCrash(crashId);
      if (fetched.status !== 'ok') return { error: `${crashId}: ${fetched.message}` };
      const crash = convertProcessedCrash(fetched.processed);
      await cache?.set(crashId, crash);
      return { crash };
    },
  };
}

/** `siglab signature`: production signature vs. the one these siglists make. */
export async function runSignature(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'different-only': { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      siglists: { type: 'string' },
      'api-url': { type: 'string', default: DEFAULT_API_URL },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '30' },
      watchdog: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SIGNATURE_HELP);
    return 0;
  }
  if (!REPORT_FORMATS.includes(values.format as ReportFormatName)) {
    throw new UsageError(`unknown --format ${values.format}; use one of ${REPORT_FORMATS.join(', ')}`);
  }
  const report = REPORTS[values.format as ReportFormatName];
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 3600)) throw new UsageError(`--timeout takes seconds between 0 and 3600, not ${values.timeout}`);
  const watchdogSeconds = Number(values.watchdog);
  if (!(watchdogSeconds > 0 && watchdogSeconds <= 86_400)) throw new UsageError(`--watchdog takes seconds, not ${values.watchdog}`);
  const siglists = await loadSiglistTextsOrReport(values.siglists, io);
  if (!siglists) return 2;

  const ids = await collectIds(positionals, io);
  if (ids.length === 0) {
    io.stdout.write(SIGNATURE_HELP);
    return 0;
  }
  const cache = values['no-cache'] ? null : createFileCrashCache(values['cache-dir'] ?? defaultCacheDir(io.env));
  const source = createCrashSource(io, values['api-url'], cache, timeoutSeconds * 1000);

  const signer = createWorkerSigner(siglists.texts, watchdogSeconds * 1000);
  const options = { verbose: values.verbose, differentOnly: values['different-only'], siglistDir: values.siglists };
  try {
    return await signIds(io, ids, source, signer, siglists.texts, report, options);
  } finally {
    await signer.close();
  }
}

interface SignOptions {
  readonly verbose: boolean;
  readonly differentOnly: boolean;
  readonly siglistDir: string | undefined;
}

/** Fetches, signs (in the worker, under the watchdog) and writes each crash; the exit status. */
async function signIds(io: CliIo, ids: readonly string[], source: CrashSource, signer: WorkerSigner, texts: SiglistTexts, report: ReportFormat, options: SignOptions): Promise<number> {
  let failed = 0;
  let first = true;
  io.stdout.write(report.header());
  for (const raw of ids) {
    const crashId = parseCrashId(raw);
    if (!crashId) {
      io.stderr.write(`WARNING: Error: ${raw} is not a valid crash id\n`);
      failed++;
      continue;
    }
    const loaded = await source.load(crashId);
    if ('error' in loaded) {
      io.stderr.write(`WARNING: ${loaded.error}\n`);
      failed++;
      continue;
    }
    let result: SignatureResult;
    try {
      result = await signer.sign(loaded.crash);
    } catch (error) {
      if (error instanceof SigningTimeoutError) return reportRunaway(io, texts, options.siglistDir, loaded.crash, crashId, error);
      io.stderr.write(`WARNING: ${crashId}: ${(error as Error).message}\n`);
      failed++;
      continue;
    }
    const old = loaded.crash.original_signature;
    if (options.differentOnly && old === result.signature) continue;
    io.stdout.write(report.row({ crashId, old, signature: result.signature, notes: result.notes, debugLog: result.debugLog, extra: result.extra }, options.verbose, first));
    first = false;
  }
  if (failed > 0) io.stderr.write(`${failed} of ${ids.length} crash ids failed\n`);
  return failed > 0 ? 1 : 0;
}
