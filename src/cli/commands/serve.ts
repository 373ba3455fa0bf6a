import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createGenerator } from '../../engine/index.ts';
import { createSignatureServer, DEFAULT_MAX_BODY_BYTES } from '../../server/createSignatureServer.ts';
import { UsageError, type CliIo } from '../cliIo.ts';
import { loadSiglistsOrReport } from '../loadSiglistsOrReport.ts';
import { STOCK_SIGLIST_DIR } from '../loadSiglistDir.ts';

export const SERVE_HELP = `Usage: siglab serve [options]

Runs signature generation as a long-running HTTP service:
  POST /signature    one crash (crash data, or a processed crash: it has "json_dump") → result JSON
  POST /signatures   JSON lines in → JSON lines out, streamed, in order
  GET  /healthz      {"status": "ok", ...}
Results have siggen's signify keys; ?trace=1 and ?verbose=1 add the trace and debug log.
Errors are JSON {"error": message}: 400 bad JSON, 413 body too large, 404, 405.
SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit.

Options:
  --port N                   port (default 8080; 0 picks a free one)
  --host HOST                address to listen on (default 127.0.0.1)
  --siglists DIR             siglist folder (default: the stock lists in public/siglists)
  --signature-list-dir DIR   the same, by siggen's name
  --max-body-bytes N         largest request body, or JSON line (default ${DEFAULT_MAX_BODY_BYTES})
`;

/** How long in-flight requests get after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

function positiveInteger(text: string, option: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) throw new UsageError(`${option} must be a ${allowZero ? 'non-negative' : 'positive'} integer`);
  return value;
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = positiveInteger(values.port, '--port', true);
  const maxBodyBytes = positiveInteger(values['max-body-bytes'], '--max-body-bytes');
  const dir = values.siglists ?? values['signature-list-dir'];
  const siglists = await loadSiglistsOrReport(dir, io);
  if (!siglists) return 2;

  const server = createSignatureServer({ generator: createGenerator(siglists), maxBodyBytes, about: { siglists: dir ?? STOCK_SIGLIST_DIR } });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, values.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  io.stdout.write(`siglab serve: listening on http://${shown}:${address.port}\n`);

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      io.stdout.write(`siglab serve: ${signal}, finishing requests in flight\n`);
      // close() stops accepting and resolves once every connection has ended.
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  io.stdout.write('siglab serve: stopped\n');
  return 0;
}
