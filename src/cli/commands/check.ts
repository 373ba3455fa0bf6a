import { closeSync, openSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkExpectations, createGenerator, expectedCrashId, parseExpectations, type CrashData } from '../../engine/index.ts';
import { DEFAULT_API_URL } from '../../crash-stats/types.ts';
import { parseCrashLine } from '../../worker/parseCrashFiles.ts';
import { readLines, UsageError, type CliIo } from '../cliIo.ts';
import { createCrashSource, CRASH_FETCH_OPTIONS } from '../createCrashSource.ts';
import { tokenForApi } from '../apiToken.ts';
import { createFileCrashCache, defaultCacheDir } from '../fileCrashCache.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';
import { reportRunawayCrash, signAllUnderWatchdog } from '../signUnderWatchdog.ts';

export const CHECK_HELP = `Usage: siglab check EXPECTATIONS.jsonl [options]

Checks expectations — "this crash signs as this signature" — against the
siglists. EXPECTATIONS.jsonl holds one {"crash_id": "…", "signature": "…"} per
line, or socorro-cmd signature's text output (Crash id: / Original: / New:,
taking New). Each expected crash comes from --crashes, else from Crash Stats by
id (through the cache, as \`siglab signature\` fetches). The expectations that
do not hold are printed, one JSON object per line:

  {"crash_id": "…", "expected": "…", "signature": "…"}

and a crash that could not be had as {"crash_id": "…", "expected": "…", "error": "…"}.

Options:
  --siglists DIR      siglist folder (default: the stock lists in public/siglists)
  --crashes FILE      processed crashes or crash data, one per line, with their
                      ids ("uuid", "crash_id", "crashid" or "id")
  --api-url URL       Crash Stats API (default ${DEFAULT_API_URL})
  --cache-dir DIR     cache of fetched crashes (default $XDG_CACHE_HOME/siglab or ~/.cache/siglab)
  --no-cache          neither read nor write the cache
  --timeout SECONDS   give up on a request after this long, then retry (default 30)
  --watchdog SECONDS  stop when one crash takes longer than this to sign (default 10)

Environment: SOCORRO_API_TOKEN is sent as the Auth-Token header.
Exit status: 0 when every expectation holds, 1 when any fails, 2 on bad input
(unreadable expectations or crashes, a crash that could not be had, bad siglists).
`;

/** The crashes of a --crashes file, by id; unreadable lines are reported and counted. */
async function readCrashFile(path: string, io: CliIo): Promise<{ crashes: Map<string, CrashData>; bad: number }> {
  const crashes = new Map<string, CrashData>();
  let bad = 0;
  let number = 0;
  const fd = openSync(path, 'r');
  try {
    for await (const line of readLines({ fd })) {
      number++;
      if (!line.trim()) continue;
      const parsed = parseCrashLine(line, `${path} line ${number}`, `${path}:${number}`);
      if (typeof parsed === 'string') {
        io.stderr.write(`siglab: ${parsed}\n`);
        bad++;
      } else crashes.set(expectedCrashId(parsed.id), parsed.crash);
    }
  } finally {
    closeSync(fd);
  }
  return { crashes, bad };
}

/** `siglab check`: expectations in, the ones that fail out. */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      siglists: { type: 'string' },
      crashes: { type: 'string' },
      'api-url': { type: 'string', default: DEFAULT_API_URL },
      ...CRASH_FETCH_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('check takes one expectations file');
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 3600)) throw new UsageError(`--timeout takes seconds between 0 and 3600, not ${values.timeout}`);
  const budgetSeconds = Number(values.watchdog);
  if (!(budgetSeconds > 0 && budgetSeconds <= 86_400)) throw new UsageError(`--watchdog takes seconds, not ${values.watchdog}`);
  const path = positionals[0] as string;

  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    io.stderr.write(`siglab: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const parsed = parseExpectations(text);
  for (const problem of parsed.errors) io.stderr.write(`siglab: ${path} ${problem}\n`);
  if (parsed.errors.length > 0) return 2;
  if (parsed.expectations.length === 0) {
    io.stderr.write(`siglab: ${path} holds no expectation\n`);
    return 2;
  }
  const loaded = await loadSiglistTextsOrReport(values.siglists, io);
  if (!loaded) return 2;

  let given = new Map<string, CrashData>();
  if (values.crashes !== undefined) {
    let read: Awaited<ReturnType<typeof readCrashFile>>;
    try {
      read = await readCrashFile(values.crashes, io);
    } catch (error) {
      io.stderr.write(`siglab: cannot read ${values.crashes}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
    if (read.bad > 0) return 2;
    given = read.crashes;
  }

  const missing = parsed.expectations.filter((expectation) => !given.has(expectation.crash_id));
  const unobtainable = new Map<string, string>();
  if (missing.length > 0) {
    const cacheDir = values['no-cache'] ? null : (values['cache-dir'] ?? defaultCacheDir(io.env));
    const source = createCrashSource(io, values['api-url'], tokenForApi(values['api-url'], values['api-url'], io), cacheDir ? createFileCrashCache(cacheDir, (message) => io.stderr.write(`siglab: ${message}\n`)) : null, timeoutSeconds * 1000);
    for (const { crash_id: id } of missing) {
      const fetched = await source.load(id);
      if ('crash' in fetched) given.set(id, fetched.crash);
      else unobtainable.set(id, fetched.error);
    }
  }

  const ids = [...given.keys()];
  const generator = createGenerator(loaded.compiled);
  const signed = signAllUnderWatchdog(ids.map((id) => given.get(id) as CrashData), generator, budgetSeconds * 1000);
  if (!Array.isArray(signed)) return reportRunawayCrash(io, loaded.texts, values.siglists, signed, `crash ${ids[signed.index]}`);
  const signatures = new Map(ids.map((id, index) => [id, signed[index] as string]));

  let failed = 0;
  let out = '';
  for (const result of checkExpectations(parsed.expectations, (id) => signatures.get(id))) {
    const { crash_id: id, signature: expected } = result.expectation;
    if (result.status === 'pass') continue;
    if (result.status === 'fail') {
      failed++;
      out += `${JSON.stringify({ crash_id: id, expected, signature: result.actual })}\n`;
    } else out += `${JSON.stringify({ crash_id: id, expected, error: unobtainable.get(id) ?? 'crash not found' })}\n`;
  }
  io.stdout.write(out);
  const total = parsed.expectations.length;
  io.stderr.write(`siglab: ${total} expectation${total === 1 ? '' : 's'}: ${total - failed - unobtainable.size} hold, ${failed} fail${unobtainable.size ? `, ${unobtainable.size} could not be checked` : ''}\n`);
  return unobtainable.size > 0 ? 2 : failed > 0 ? 1 : 0;
}
