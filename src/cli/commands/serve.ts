import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import {
  createSignatureServer,
  DEFAULT_IDLE_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_REQUEST_MS,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
} from '../../server/createSignatureServer.ts';
import { createBrowserGuards } from '../../server/browserGuards.ts';
import { createSigningPool } from '../../server/createSigningPool.ts';
import { openFilesLimit } from '../../server/openFilesLimit.ts';
import { UsageError, type CliIo } from '../cliIo.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';
import { loadSiglistDir } from '../loadSiglistDir.ts';

/** Two at least, so one runaway crash leaves a worker free; more than eight rarely pays. */
const DEFAULT_WORKERS = Math.min(8, Math.max(2, availableParallelism()));
const DEFAULT_GRACE_SECONDS = 10;
const DEFAULT_WATCHDOG_SECONDS = 10;
/** Descriptors kept free of connections: workers, stdio, the listening socket. */
const SPARE_FILES = 64;

export const SERVE_HELP = `Usage: siglab serve [options]

Runs signature generation as a long-running HTTP service:
  POST /signature    one crash (crash data, or a processed crash: it has "json_dump") → result JSON
  POST /signatures   JSON lines in → JSON lines out, streamed, in order
  GET  /healthz      {"status": "ok", ...}
Results have siggen's signify keys; ?trace=1 and ?verbose=1 add the trace and debug log.
Errors are JSON {"error": message}: 400 bad JSON, 403 cross-site request, 404, 405,
408 body stalled or too slow, 413 body too large, 421 unknown Host, 422 a crash the
watchdog stopped (with "siglist_line": the line at fault, and for /signatures "input_line").
Crashes are signed in worker threads, so the service answers while one is slow.
SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit.

Options:
  --port N                   port (default 8080; 0 picks a free one)
  --host HOST                address to listen on (default 127.0.0.1)
  --siglists DIR             siglist folder (default: the stock lists in public/siglists)
  --signature-list-dir DIR   the same, by siggen's name
  --max-body-bytes N         largest request body, or JSON line (default ${DEFAULT_MAX_BODY_BYTES})
  --watchdog SECONDS         stop a crash that takes longer than this to sign (default ${DEFAULT_WATCHDOG_SECONDS})
                             and answer with the siglist line at fault
  --workers N                signing threads (default ${DEFAULT_WORKERS} here: the cores, at least 2, at most 8)
  --idle-timeout SECONDS     cut a request body, or a client reading an answer, that makes no
                             progress for this long (default ${DEFAULT_IDLE_MS / 1000}); a /signatures stream
                             that keeps moving has no time limit
  --request-timeout SECONDS  a whole /signature body must arrive within this (default ${DEFAULT_REQUEST_MS / 1000})
  --max-connections N        connections at once; more are closed as they come (default
                             ${DEFAULT_MAX_CONNECTIONS}, or the open-files limit less ${SPARE_FILES} if lower)
  --allow-host NAME          also answer requests whose Host is NAME (repeatable, or comma-
                             separated; "*" for any). By default only the bound address and
                             localhost (any IP address when bound to 0.0.0.0 or ::)
  --grace SECONDS            after SIGTERM, how long requests in flight may take (default ${DEFAULT_GRACE_SECONDS})
Fixed: headers must arrive within ${HEADERS_TIMEOUT_MS / 1000} s; idle keep-alive connections close after ${KEEP_ALIVE_TIMEOUT_MS / 1000} s.
`;

function positiveInteger(text: string, option: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) throw new UsageError(`${option} must be a ${allowZero ? 'non-negative' : 'positive'} integer`);
  return value;
}

function seconds(text: string, option: string): number {
  const value = Number(text);
  if (!(value > 0 && value <= 86_400)) throw new UsageError(`${option} takes seconds (up to 86400), not ${text}`);
  return value * 1000;
}

/** `siglab serve`: resolves with the exit status once the server has shut down. */
export async function runServe(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      siglists: { type: 'string' },
      'signature-list-dir': { type: 'string' },
      'max-body-bytes': { type: 'string', default: String(DEFAULT_MAX_BODY_BYTES) },
      watchdog: { type: 'string', default: String(DEFAULT_WATCHDOG_SECONDS) },
      workers: { type: 'string', default: String(DEFAULT_WORKERS) },
      'idle-timeout': { type: 'string', default: String(DEFAULT_IDLE_MS / 1000) },
      'request-timeout': { type: 'string', default: String(DEFAULT_REQUEST_MS / 1000) },
      'max-connections': { type: 'string' },
      'allow-host': { type: 'string', multiple: true, default: [] },
      grace: { type: 'string', default: String(DEFAULT_GRACE_SECONDS) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = positiveInteger(values.port, '--port', true);
  const maxBodyBytes = positiveInteger(values['max-body-bytes'], '--max-body-bytes');
  const budgetMs = seconds(values.watchdog, '--watchdog');
  const workers = positiveInteger(values.workers, '--workers');
  const idleMs = seconds(values['idle-timeout'], '--idle-timeout');
  const requestMs = seconds(values['request-timeout'], '--request-timeout');
  const graceMs = seconds(values.grace, '--grace');
  const fileLimit = openFilesLimit();
  const maxConnections =
    values['max-connections'] !== undefined
      ? positiveInteger(values['max-connections'], '--max-connections')
      : Math.max(1, Math.min(DEFAULT_MAX_CONNECTIONS, fileLimit === null ? Infinity : fileLimit - SPARE_FILES));
  const allowHosts = values['allow-host'].flatMap((names) => names.split(',')).map((name) => name.trim()).filter(Boolean);
  const dir = values.siglists ?? values['signature-list-dir'];
  const loaded = await loadSiglistTextsOrReport(dir, io);
  if (!loaded) return 2;

  const pool = createSigningPool({ texts: loaded.texts, stock: dir === undefined ? loaded.texts : await loadSiglistDir().catch(() => loaded.texts), workers, budgetMs });
  const server = createSignatureServer({
    sign: pool.sign,
    guards: createBrowserGuards(values.host, allowHosts),
    maxBodyBytes,
    idleMs,
    requestMs,
    maxConnections,
    about: { siglists: dir === undefined ? 'stock' : 'custom', workers },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, values.host, resolve);
    });
  } catch (error) {
    await pool.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  io.stdout.write(`siglab serve: listening on http://${shown}:${address.port}\n`);

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      io.stdout.write(`siglab serve: ${signal}, finishing requests in flight\n`);
      // close() stops accepting and calls back once every connection has ended; past the grace
      // period the rest are cut. The signing happens in workers, so this thread is free to do it
      // even while a worker is inside a backtracking regex, and terminating a worker stops it there.
      const cut = setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, graceMs);
      cut.unref();
      server.close(() => {
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await pool.close();
  io.stdout.write('siglab serve: stopped\n');
  return 0;
}
