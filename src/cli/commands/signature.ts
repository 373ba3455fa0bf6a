import { parseArgs } from 'node:util';
import { createGenerator, parseCrashId, type SignatureResult } from '../../engine/index.ts';
import { createCrashStatsClient, type SuperSearchHit } from '../../crash-stats/createCrashStatsClient.ts';
import { DEFAULT_API_URL } from '../../crash-stats/types.ts';
import { readLines, UsageError, type CliIo } from '../cliIo.ts';
import { tokenForApi } from '../apiToken.ts';
import { terminalSafe } from '../terminalSafe.ts';
import { createFileCrashCache, defaultCacheDir } from '../fileCrashCache.ts';
import { createCrashSource, CRASH_FETCH_OPTIONS } from '../createCrashSource.ts';
import { REPORT_FORMATS, REPORTS, type ReportFormatName } from '../../report/formatReport.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';
import { createWorkerSigner, SigningTimeoutError, type WorkerSigner } from '../createWorkerSigner.ts';
import { reportRunaway } from '../reportRunaway.ts';
import { parseSuperSearchUrl } from '../../crash-stats/supersearch/parseSuperSearchUrl.ts';
import { fetchSuperSearchHits } from '../../crash-stats/supersearch/fetchSuperSearchHits.ts';
import { FAST_MODE_COLUMNS } from '../../crash-stats/fast/fastModeColumns.ts';
import { prepareHit, signPreparedHit } from '../../crash-stats/fast/signFromHit.ts';
import { parseNum, searchApiUrl } from './fetchCrashIds.ts';
import { loadPullRequestLists } from '../loadPullRequestLists.ts';
import { STOCK_SIGLIST_DIR, loadSiglistDir } from '../loadSiglistDir.ts';
import type { SignatureGenerator, SiglistTexts } from '../../engine/index.ts';

const LINE_NUMBERS = 'signatures_with_line_numbers_re.txt';

export const SIGNATURE_HELP = `Usage: siglab signature [options] [CRASHID ...]

Fetches each crash from Crash Stats, generates its signature with the siglists
and prints it next to the production signature. Crash ids come from the
arguments, else from --url (a Super Search), else from stdin (one per line);
bare ids, bp-<id> and report URLs work.

Options:
  --format FORMAT     text (default), csv, markdown or json (one JSON object per line)
  --different-only    only crashes whose signature changes
  --verbose, -v       also print the debug log and extra data
  --siglists DIR      siglist folder (default: the stock lists in public/siglists)
  --url URL           sign the crashes of a Super Search (web UI or /api/SuperSearch/ URL)
  --num N             how many crashes of --url (default 100, or "all")
  --fast              with --url: sign from Super Search columns, 1,000 crashes a
                      request; only crashes the columns cannot sign exactly are
                      fetched whole (listed on stderr with the reason)
  --trust-shutdownhang  with --fast: sign shutdown hangs on threads other than 0 from
                      the columns too, trusting the stored signature's verdict (not
                      exact for edits that change the watchdog thread's walk)
  --pr N              review socorro pull request N (number or URL): "old" is the
                      signature with the PR's base lists, "new" with its head lists
                      (fetched from GitHub, cached; the commits are printed on stderr)
  --github-api URL    GitHub REST API for --pr (default https://api.github.com)
  --github-raw URL    GitHub raw files for --pr (default https://raw.githubusercontent.com)
  --api-url URL       Crash Stats API (default ${DEFAULT_API_URL})
  --cache-dir DIR     cache of fetched crashes (default $XDG_CACHE_HOME/siglab or ~/.cache/siglab)
  --no-cache          neither read nor write the cache
  --timeout SECONDS   give up on a request after this long, then retry (default 30)
  --watchdog SECONDS  stop when one crash takes longer than this to sign (default 10)
                      and name the siglist line at fault (exit status 2)

Environment: SOCORRO_API_TOKEN is sent as the Auth-Token header (raises the rate limit), only
to --api-url (default ${DEFAULT_API_URL}): a --url on another host is searched without it.
Exit status: 0 when every crash was signed, 1 when any failed, 2 for bad usage or siglists.
`;

async function collectIds(positionals: string[], io: CliIo): Promise<string[]> {
  if (positionals.length > 0) return positionals;
  if (io.stdin.isTTY) return [];
  const ids: string[] = [];
  for await (const line of readLines(io.stdin)) if (line.trim()) ids.push(line.trim());
  return ids;
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
      'api-url': { type: 'string' },
      url: { type: 'string' },
      num: { type: 'string', default: '100' },
      fast: { type: 'boolean', default: false },
      'trust-shutdownhang': { type: 'boolean', default: false },
      pr: { type: 'string' },
      'github-api': { type: 'string' },
      'github-raw': { type: 'string' },
      ...CRASH_FETCH_OPTIONS,
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
  if (values.fast && !values.url) throw new UsageError('--fast needs --url (a Super Search)');
  if (values.pr && values.siglists) throw new UsageError('--pr brings its own lists: leave out --siglists');
  const cacheDir = values['no-cache'] ? null : (values['cache-dir'] ?? defaultCacheDir(io.env));

  // "old" is the production signature, or with --pr the signature with the PR's base lists.
  let generator: SignatureGenerator;
  let baseGenerator: SignatureGenerator | null = null;
  // The line-number lists in use (new, and old with --pr): fast mode needs them to be the stock one.
  let lineNumbers: { readonly used: string; readonly base: string | null };
  /** The lists "new" signs with: the worker under the watchdog gets them. */
  let signingTexts: SiglistTexts;
  if (values.pr) {
    const lists = await loadPullRequestLists(values.pr, { apiUrl: values['github-api'], rawUrl: values['github-raw'], cacheDir }, io);
    if (!lists) return 2;
    generator = createGenerator(lists.head);
    baseGenerator = createGenerator(lists.base);
    lineNumbers = { used: lists.pr.head.texts[LINE_NUMBERS], base: lists.pr.base.texts[LINE_NUMBERS] };
    signingTexts = lists.pr.head.texts;
  } else {
    const siglists = await loadSiglistTextsOrReport(values.siglists, io);
    if (!siglists) return 2;
    generator = createGenerator(siglists.compiled);
    lineNumbers = { used: siglists.texts[LINE_NUMBERS], base: null };
    signingTexts = siglists.texts;
  }
  const search = values.url ? parseSuperSearchUrl(values.url) : null;
  // An /api/SuperSearch/ URL names its API; crashes are fetched from the same one.
  const apiUrl = search ? searchApiUrl(search, values['api-url']) : (values['api-url'] ?? DEFAULT_API_URL);
  const token = tokenForApi(apiUrl, values['api-url'], io);

  let hits: readonly SuperSearchHit[] = [];
  if (search) {
    const parsed = search;
    const searchClient = createCrashStatsClient({ apiUrl, token, fetch: io.fetch });
    const found = await fetchSuperSearchHits(searchClient, { filters: parsed.filters, wanted: parseNum(values.num), columns: values.fast ? FAST_MODE_COLUMNS : [] });
    if (found.status !== 'ok') {
      io.stderr.write(`siglab: Super Search failed: ${found.message}\n`);
      return 1;
    }
    io.stderr.write(`Super Search: ${found.hits.length} of ${found.total} crashes in ${found.requests} requests\n`);
    hits = found.hits;
  }
  const ids = search ? hits.map((hit) => String(hit.uuid)) : await collectIds(positionals, io);
  if (ids.length === 0) {
    io.stdout.write(SIGNATURE_HELP);
    return 0;
  }
  const cache = cacheDir ? createFileCrashCache(cacheDir, (message) => io.stderr.write(`siglab: ${message}\n`)) : null;
  const source = createCrashSource(io, apiUrl, token, cache, timeoutSeconds * 1000);

  // Fast mode: what the columns sign exactly is done; only the rest is fetched whole.
  const signedFast = new Map<string, { old: unknown; result: SignatureResult }>();
  let assumed = 0;
  if (values.fast) {
    // proto_signature was normalised with the pinned stock line-number list.
    const stockLineNumbers = (await loadSiglistDir(STOCK_SIGLIST_DIR))[LINE_NUMBERS];
    const changed = lineNumbers.used !== stockLineNumbers;
    const baseChanged = lineNumbers.base !== null && lineNumbers.base !== stockLineNumbers;
    for (const hit of hits) {
      const trustShutdownHang = values['trust-shutdownhang'];
      const prepared = prepareHit(hit);
      const fast = signPreparedHit(prepared, generator, { lineNumberListChanged: changed, trustShutdownHang, trace: values.verbose });
      const base = baseGenerator ? signPreparedHit(prepared, baseGenerator, { lineNumberListChanged: baseChanged, trustShutdownHang }) : null;
      if (fast.status === 'signed' && fast.assumption) assumed++;
      if (fast.status === 'signed' && (!base || base.status === 'signed')) {
        signedFast.set(String(hit.uuid), { old: base?.status === 'signed' ? base.result.signature : hit.signature, result: fast.result });
      } else {
        const reason = fast.status === 'needs-full-crash' ? fast.reason : base?.status === 'needs-full-crash' ? base.reason : '';
        io.stderr.write(`needs full crash: ${String(hit.uuid)}: ${reason}\n`);
      }
    }
    io.stderr.write(
      `fast mode: ${signedFast.size} of ${hits.length} signed from Super Search columns${assumed ? ` (${assumed} assumed still shutdown hangs)` : ''}; fetching ${hits.length - signedFast.size} whole\n`,
    );
  }

  let failed = 0;
  let first = true;
  // The text layout is for people at a terminal: signatures and notes from the API are shown escaped there
  // (CSV, Markdown and JSON keep them exact; JSON escapes controls itself).
  const stdout = values.format === 'text' ? terminalSafe(io.stdout) : io.stdout;
  stdout.write(report.header());
  // Started on the first crash signed whole (fast mode may need none).
  let signer: WorkerSigner | null = null;
  const signerOf = () => (signer ??= createWorkerSigner(signingTexts, watchdogSeconds * 1000));
  try {
    for (const raw of ids) {
      const crashId = parseCrashId(raw);
      if (!crashId) {
        io.stderr.write(`WARNING: Error: ${raw} is not a valid crash id\n`);
        failed++;
        continue;
      }
      const fast = signedFast.get(crashId);
      if (fast) {
        const { result, old } = fast;
        if (values['different-only'] && old === result.signature) continue;
        stdout.write(report.row({ crashId, old, signature: result.signature, notes: result.notes, debugLog: result.debugLog, extra: result.extra }, values.verbose, first));
        first = false;
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
        result = await signerOf().sign(loaded.crash, undefined, values.verbose);
      } catch (error) {
        if (error instanceof SigningTimeoutError) return await reportRunaway(io, signingTexts, values.siglists, loaded.crash, crashId, error);
        io.stderr.write(`WARNING: ${crashId}: ${(error as Error).message}\n`);
        failed++;
        continue;
      }
      const old = baseGenerator ? baseGenerator.generate(loaded.crash).signature : loaded.crash.original_signature;
      if (values['different-only'] && old === result.signature) continue;
      stdout.write(report.row({ crashId, old, signature: result.signature, notes: result.notes, debugLog: result.debugLog, extra: result.extra }, values.verbose, first));
      first = false;
    }
  } finally {
    await (signer as WorkerSigner | null)?.close();
  }
  if (failed > 0) io.stderr.write(`${failed} of ${ids.length} crash ids failed\n`);
  return failed > 0 ? 1 : 0;
}
