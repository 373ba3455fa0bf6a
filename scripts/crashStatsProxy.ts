/**
 * Dev/preview server middleware that forwards `/crash-stats-proxy/*` to the
 * Crash Stats API named in a request header, adding the user's Auth-Token —
 * which a browser may not send cross-origin. Only the real API and loopback
 * fakes are allowed as targets, and the token is never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { fetchWithinOrigin } from '../src/crash-stats/fetchWithinOrigin.ts';
import { isAllowedProxyTarget, PROXY_PATH, PROXY_TARGET_HEADER } from '../src/crash-stats/proxy.ts';

const FORWARDED = ['auth-token', 'accept', 'x-requested-with'];
/** The app's own timeout is shorter; this only keeps an abandoned upstream from holding a socket forever. */
const UPSTREAM_TIMEOUT_MS = 60_000;

/** Forwards one proxy request (exported for tests). */
export async function forwardToCrashStats(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = req.headers[PROXY_TARGET_HEADER.toLowerCase()];
  if (req.method !== 'GET' || typeof target !== 'string' || !isAllowedProxyTarget(target)) {
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'The Siglab proxy only forwards GET requests to Crash Stats (or a local fake).' }));
    return;
  }
  const path = (req.url ?? '/').slice(PROXY_PATH.length) || '/';
  const headers: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  try {
    // A redirect to another host would carry the Auth-Token there: refused, never followed.
    const answer = await fetchWithinOrigin(fetch, `${target.replace(/\/+$/, '')}${path}`, { headers, signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) });
    if (answer.response === undefined) {
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: `Proxy refused: ${answer.refused}` }));
      return;
    }
    const upstream = answer.response;
    const passOn: Record<string, string> = { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' };
    const retryAfter = upstream.headers.get('retry-after');
    if (retryAfter) passOn['Retry-After'] = retryAfter;
    res.writeHead(upstream.status, passOn);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  } catch (error) {
    res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: `Proxy could not reach the API: ${(error as Error).message}` }));
  }
}

export function crashStatsProxy(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!req.url?.startsWith(`${PROXY_PATH}/`)) return next();
    void forwardToCrashStats(req, res);
  };
  return {
    name: 'siglab-crash-stats-proxy',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}
