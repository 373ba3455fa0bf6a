/**
 * A fake Crash Stats API on 127.0.0.1 for tests and manual runs: serves
 * ProcessedCrash and SuperSearch (filters, `_columns`, totals, the 10,000-hit
 * window; see searchIndex.ts) with the real API's shapes, CORS headers and
 * error bodies, and can misbehave on request (429 storms, 500s, slowness,
 * malformed JSON). Every request is logged so tests can count them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compileSiglists, createGenerator } from '../../src/engine/index.ts';
import { loadStockSiglists } from '../../src/testing/loadStockSiglists.ts';
import { searchDocuments, toSearchDocument, type SearchDocument } from './searchIndex.ts';
import type { createSyntheticSearchCrashes } from './syntheticSearchCrashes.ts';

export interface FakeCrashStatsOptions {
  /** Extra crashes only reachable through search and ProcessedCrash (e.g. 25,000 over a date range). */
  readonly searchCrashes?: ReturnType<typeof createSyntheticSearchCrashes>;
}

export interface Misbehaviour {
  /** Answer 429 to this many requests (then behave). */
  rateLimit?: number;
  /** Sent with each 429, in seconds; the real API sends none. */
  retryAfter?: number;
  /** Answer 500 to this many requests. */
  serverErrors?: number;
  /** Delay every answer by this many milliseconds. */
  delayMs?: number;
  /** Answer 200 with a broken JSON body to this many requests. */
  malformed?: number;
}

export interface FakeCrashStats {
  readonly url: string;
  readonly log: { method: string; path: string; crashId: string | null; status: number; query: string; authToken?: string }[];
  misbehave(next: Misbehaviour): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  // As the real API: the default headers only, so a browser cannot send Auth-Token directly.
  'Access-Control-Allow-Headers': 'accept, authorization, content-type, user-agent, x-csrftoken, x-requested-with',
  // Lets a page read Retry-After, so tests can keep 429 pauses short (the real API sends none).
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** The search index: every crash as Super Search would return it, oldest first. */
function indexCrashes(crashes: ReadonlyMap<string, Record<string, unknown>>, extra: FakeCrashStatsOptions['searchCrashes']): SearchDocument[] {
  const generator = createGenerator(compileSiglists(loadStockSiglists()));
  const documents = [...crashes.values()].map((crash) => toSearchDocument(crash, generator));
  if (extra) {
    // Crashes sharing a body share a document, apart from uuid and date: index each body once.
    const byTemplate = new Map<number, SearchDocument>();
    for (let n = 0; n < extra.count; n++) {
      const crash = extra.crash(n);
      let base = byTemplate.get(extra.template(n));
      if (!base) byTemplate.set(extra.template(n), (base = toSearchDocument(crash, generator)));
      documents.push({ ...base, uuid: crash.uuid, date: crash.date_processed });
    }
  }
  return documents.sort((a, b) => Date.parse(String(a.date)) - Date.parse(String(b.date)));
}

export async function createFakeCrashStatsServer(
  crashes: ReadonlyMap<string, Record<string, unknown>>,
  port = 0,
  options: FakeCrashStatsOptions = {},
): Promise<FakeCrashStats> {
  const log: FakeCrashStats['log'] = [];
  const documents = indexCrashes(crashes, options.searchCrashes);
  let trouble: Required<Misbehaviour> = { rateLimit: 0, retryAfter: 0, serverErrors: 0, delayMs: 0, malformed: 0 };

  const send = (res: ServerResponse, status: number, body: string, type = 'application/json', extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, ...CORS, ...extra });
    res.end(body);
    return status;
  };

  const answer = (req: IncomingMessage, res: ServerResponse, url: URL): number => {
    if (req.method === 'OPTIONS') return send(res, 204, '');
    if (url.pathname === '/__control' && req.method === 'GET') {
      trouble = { ...trouble, ...Object.fromEntries([...url.searchParams].map(([k, v]) => [k, Number(v)])) };
      return send(res, 200, JSON.stringify(trouble));
    }
    if (url.pathname === '/__log') {
      const body = JSON.stringify(log);
      if (url.searchParams.has('clear')) log.length = 0;
      return send(res, 200, body);
    }
    if (trouble.rateLimit > 0) {
      trouble.rateLimit--;
      const headers: Record<string, string> = trouble.retryAfter ? { 'Retry-After': String(trouble.retryAfter) } : {};
      return send(res, 429, 'Too Many Requests', 'text/plain', headers);
    }
    if (trouble.serverErrors > 0) {
      trouble.serverErrors--;
      return send(res, 500, '<h1>Server Error (500)</h1>', 'text/html');
    }
    if (url.pathname === '/api/ProcessedCrash/') {
      const crashId = url.searchParams.get('crash_id');
      if (!crashId) return send(res, 400, JSON.stringify({ errors: { crash_id: ['This field is required.'] } }));
      const auth = req.headers['auth-token'];
      if (auth !== undefined && auth !== 'valid-token') return send(res, 403, JSON.stringify({ detail: 'Invalid token' }));
      const crash = crashes.get(crashId) ?? options.searchCrashes?.get(crashId);
      if (!crash) return send(res, 404, JSON.stringify({ error: 'Crash not found' }));
      if (trouble.malformed > 0) {
        trouble.malformed--;
        return send(res, 200, '{"uuid": "truncated');
      }
      return send(res, 200, JSON.stringify(crash));
    }
    if (url.pathname === '/api/SuperSearch/') {
      const answer = searchDocuments(documents, url.searchParams);
      return send(res, answer.status, JSON.stringify(answer.body));
    }
    return send(res, 404, JSON.stringify({ error: `No such endpoint ${url.pathname}` }));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const respond = () => {
      const status = answer(req, res, url);
      if (!url.pathname.startsWith('/__')) log.push({ method: req.method ?? 'GET', path: url.pathname, crashId: url.searchParams.get('crash_id'), status, query: url.search, authToken: req.headers['auth-token'] as string | undefined });
    };
    if (trouble.delayMs > 0 && !url.pathname.startsWith('/__')) setTimeout(respond, trouble.delayMs);
    else respond();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    log,
    misbehave(next) {
      trouble = { ...trouble, ...next };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
