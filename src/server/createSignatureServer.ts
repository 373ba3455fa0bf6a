import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SignifyOptions } from '../engine/index.ts';
import { BodyStalledError, BodyTooLargeError, BodyTooSlowError } from './bodyErrors.ts';
import type { BrowserGuards } from './browserGuards.ts';
import type { PoolAnswer } from './createSigningPool.ts';
import { readBody } from './readBody.ts';
import { streamJsonLines } from './streamJsonLines.ts';

export interface SignatureServerOptions {
  /** Signs one input's JSON text (in worker threads, under the watchdog: see createSigningPool). */
  readonly sign: (json: string, options: SignifyOptions) => Promise<PoolAnswer>;
  readonly guards: BrowserGuards;
  /** Largest body of `POST /signature`, and largest line of `POST /signatures`. */
  readonly maxBodyBytes?: number;
  /** A body (or a reader of the answer) that makes no progress for this long is cut. */
  readonly idleMs?: number;
  /** The whole `POST /signature` body must arrive within this. */
  readonly requestMs?: number;
  /** Connections at once; more are closed as they come. */
  readonly maxConnections?: number;
  /** Shown by `GET /healthz` (no paths: the service may face a network). */
  readonly about?: Readonly<Record<string, unknown>>;
}

/** A processed crash with its minidump output can be a few MB; a lot more is a mistake. */
export const DEFAULT_MAX_BODY_BYTES = 32 << 20;
export const DEFAULT_IDLE_MS = 30_000;
export const DEFAULT_REQUEST_MS = 120_000;
export const DEFAULT_MAX_CONNECTIONS = 256;
/** Headers must arrive within this (Node's default is a minute). */
export const HEADERS_TIMEOUT_MS = 10_000;
/** An idle keep-alive connection is closed after this. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(response, status, JSON.stringify(body), headers);
}

function sendText(response: ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
  const text = `${json}\n`;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** `?trace=1` / `?verbose=1` add the trace and the debug log, as the CLI's flags do. */
function signOptions(url: URL): SignifyOptions {
  const flag = (name: string) => ['1', 'true', ''].includes(url.searchParams.get(name) ?? 'absent');
  return { input: 'auto', trace: flag('trace'), verbose: flag('verbose') };
}

/** The JSON error for a crash the watchdog stopped, where `where` says which input it was. */
function runawayError(answer: Extract<PoolAnswer, { kind: 'runaway' }>, where: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { error: `${where}: ${answer.message}`, ...extra, siglist_line: answer.siglistLine };
}

/**
 * Signature generation as an HTTP service (node:http, no framework):
 * - `POST /signature`: one crash (crash data, or a processed crash: it has `json_dump`) → one result
 * - `POST /signatures`: JSON lines in → JSON lines out, streamed, in order
 * - `GET /healthz`: liveness
 * Results have siggen's `signify` keys. Errors are JSON `{ "error": message }`.
 * Signing happens elsewhere (`sign`), so this thread always answers; every
 * wait on a client has a limit (headers, idle body or reader, whole
 * `/signature` body, keep-alive), connections are capped, and requests a web
 * page could make are refused (BrowserGuards).
 */
export function createSignatureServer(options: SignatureServerOptions): Server {
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const requestMs = options.requestMs ?? DEFAULT_REQUEST_MS;
  const { sign } = options;

  const routes: Record<string, { method: string; handle: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> }> = {
    '/healthz': {
      method: 'GET',
      handle: async (_request, response) => sendJson(response, 200, { status: 'ok', ...options.about }),
    },
    '/signature': {
      method: 'POST',
      handle: async (request, response, url) => {
        const answer = await sign(await readBody(request, { maxBytes, idleMs, totalMs: requestMs }), signOptions(url));
        if (answer.kind === 'runaway') sendJson(response, 422, runawayError(answer, 'the request body'));
        else sendText(response, answer.failed ? 400 : 200, answer.output);
      },
    },
    '/signatures': {
      method: 'POST',
      handle: async (request, response, url) => {
        const signing = signOptions(url);
        response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
        await streamJsonLines(request, response, { lineLimit: maxBytes, idleMs }, async (line, lineNumber) => {
          const answer = await sign(line, signing);
          return answer.kind === 'signed' ? answer.output : JSON.stringify(runawayError(answer, `input line ${lineNumber}`, { input_line: lineNumber }));
        });
        if (response.destroyed) return;
        response.end();
        // A body that stalled is not read to its end: close the connection once the answer is out.
        if (!request.complete) response.once('finish', () => request.socket.destroySoon());
      },
    },
  };

  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      // Node's default cuts any request after 300 s, even a /signatures stream making progress: the idle limits replace it.
      requestTimeout: 0,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      // How often Node checks the headers timeout (its default, 30 s, would let stalled headers linger that long).
      connectionsCheckingInterval: 1_000,
    },
    (request, response) => {
      const refusal = options.guards.refusal(request.headers);
      if (refusal) return sendJson(response, refusal.status, { error: refusal.message }, { connection: 'close' });
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
        // Stop reading a refused body; the client gets its answer and the connection closes.
        if (error instanceof BodyTooLargeError) return sendJson(response, 413, { error: error.message }, { connection: 'close' });
        if (error instanceof BodyStalledError || error instanceof BodyTooSlowError) return sendJson(response, 408, { error: error.message }, { connection: 'close' });
        sendJson(response, 500, { error: (error as Error).message });
      });
    },
  );
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  return server;
}
