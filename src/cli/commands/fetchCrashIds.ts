import { parseArgs } from 'node:util';
import { createCrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { DEFAULT_API_URL } from '../../crash-stats/types.ts';
import { fetchSuperSearchHits } from '../../crash-stats/supersearch/fetchSuperSearchHits.ts';
import { parseSuperSearchUrl } from '../../crash-stats/supersearch/parseSuperSearchUrl.ts';
import { UsageError, type CliIo } from '../cliIo.ts';
import { tokenForApi } from '../apiToken.ts';
import { escapeControlCharacters } from '../../report/controlCharacters.ts';

export const FETCH_CRASHIDS_HELP = `Usage: siglab fetch-crashids --url URL [--num N] [--api-url URL]

Prints the crash ids of a Super Search, one per line (pipe them into
\`siglab signature\`). URL is a search as copied from the Crash Stats web UI
(…/search/?…#…) or an …/api/SuperSearch/?… URL: every filter is kept, \`_\`
parameters are dropped except _sort. Pages of 1,000; beyond 10,000 matches
the date range is split into windows so every crash up to N is reached.

Options:
  --url URL        the Super Search (required)
  --num N          how many crash ids (default 100), or "all"
  --api-url URL    where the search is sent (default: the URL's own API for an
                   /api/SuperSearch/ URL, else ${DEFAULT_API_URL})
  --verbose, -v    progress on stderr

Environment: SOCORRO_API_TOKEN is sent as the Auth-Token header (raises the rate limit), only
to --api-url (default ${DEFAULT_API_URL}): a --url on another host is searched without it.
`;

/** Where an API search goes: an explicit --api-url, else the API URL's own host, else the public API. */
export function searchApiUrl(parsed: ReturnType<typeof parseSuperSearchUrl>, explicit: string | undefined): string {
  if (explicit) return explicit;
  if (parsed.source === 'api' && parsed.origin) return `${parsed.origin}/api`;
  return DEFAULT_API_URL;
}

export function parseNum(text: string): number {
  if (text === 'all') return Number.POSITIVE_INFINITY;
  const num = Number(text);
  if (!Number.isInteger(num) || num < 1) throw new UsageError(`--num must be a positive whole number or "all", not ${text}`);
  return num;
}

/** `siglab fetch-crashids`: a Super Search URL → crash ids. */
export async function runFetchCrashIds(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      num: { type: 'string', default: '100' },
      'api-url': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(FETCH_CRASHIDS_HELP);
    return 0;
  }
  if (!values.url) throw new UsageError('fetch-crashids needs --url');
  const parsed = parseSuperSearchUrl(values.url);
  const apiUrl = searchApiUrl(parsed, values['api-url']);
  const client = createCrashStatsClient({ apiUrl, token: tokenForApi(apiUrl, values['api-url'], io), fetch: io.fetch });
  const result = await fetchSuperSearchHits(client, {
    filters: parsed.filters,
    wanted: parseNum(values.num),
    // Ids as the API sent them, shown escaped should one hold a control character.
    onHits: (hits) => io.stdout.write(escapeControlCharacters(hits.map((hit) => `${String(hit.uuid)}\n`).join(''))),
    onProgress: values.verbose
      ? (p) => io.stderr.write(`${p.fetched}/${p.wanted} of ${p.total} found, ${p.pagesLeft} pages left (~${Math.ceil(p.msLeft / 1000)} s)\n`)
      : undefined,
  });
  if (result.status !== 'ok') {
    io.stderr.write(`siglab: Super Search failed after ${result.hits.length} crash ids: ${result.message}\n`);
    return 1;
  }
  if (values.verbose) io.stderr.write(`${result.hits.length} crash ids in ${result.requests} requests${result.windows ? ` over ${result.windows} date windows` : ''}\n`);
  return 0;
}
