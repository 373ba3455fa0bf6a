import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { signifyText, type SignatureGenerator, type SignifyOptions } from '../engine/index.ts';
import { BodyTooLargeError, readBody } from './readBody.ts';
import { streamJsonLines } from './streamJsonLines.ts';

export interface SignatureServerOptions {
  readonly generator: SignatureGenerator;
  /** Largest body of `POST /signature`, and largest line of `POST /signatures` (default 32 MiB). */
  readonly maxBodyBytes?: number;
  /** Shown by `GET /healthz`, e.g. where the siglists came from. */
  readonly about?: Readonly<Record<string, unknown>>;
}

/** A processed crash with its minidump output can be a few MB; a lot more is a mistake. */
export const DEFAULT_MAX_BODY_BYTES = 32 << 20;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** `?trace=1` / `?verbose=1` add the trace and the debug log, as the CLI's flags do. */
function signOptions(url: URL): SignifyOptions {
  const flag = (name: string) => ['1', 'true', ''].includes(url.searchParams.get(name) ?? 'absent');
  return { input: 'auto', trace: flag('trace'), verbose: flag('verbose') };
}

/**
 * Signature generation as an HTTP service (node:http, no framework):
 * - `POST /signature`: one crash (crash data, or a processed crash: it has `json_dump`) → one result
 * - `POST /signatures`: JSON lines in → JSON lines out, streamed, in order
 * - `GET /healthz`: liveness
 * Results have siggen's `signify` keys. Errors are JSON `{ "error": message }`.
 */
export function createSignatureServer(options: SignatureServerOptions): Server {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { generator } = options;

  const routes: Record<string, { method: string; handle: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> }> = {
    '/healthz': {
      method: 'GET',
      handle: async (_request, response) => sendJson(response, 200, { status: 'ok', ...options.about }),
    },
    '/signature': {
      method: 'POST',
      handle: async (request, response, url) => {
        const body = await readBody(request, limit);
        const output = signifyText(body, generator, signOptions(url));
        if ('error' in output) sendJson(response, 400, output);
        else sendJson(response, 200, output);
      },
    },
    '/signatures': {
      method: 'POST',
      handle: async (request, response, url) => {
        const sign = signOptions(url);
        response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
        await streamJsonLines(request, response, limit, (line) => signifyText(line, generator, sign));
        response.end();
      },
    },
  };

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (!route) return sendJson(response, 404, { error: `no such endpoint: ${url.pathname}; use POST /signature, POST /signatures or GET /healthz` });
    if (request.method !== route.method) {
      return sendJson(response, 405, { error: `${url.pathname} takes ${route.method}` }, { allow: route.method });
    }
    route.handle(request, response, url).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy(error as Error);
        return;
      }
      // Stop reading an oversized body; the client gets its answer and the connection closes.
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, { error: error.message }, { connection: 'close' });
      sendJson(response, 500, { error: (error as Error).message });
    });
  });
}
