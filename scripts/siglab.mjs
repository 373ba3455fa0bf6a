#!/usr/bin/env node
// Launcher for the `siglab` CLI. Runs the JavaScript that `npm install` /
// `npm ci` build into dist-node/ (the `prepare` script): nothing is
// transpiled at run time, so a one-crash `signify` starts fast.
import { isatty } from 'node:tty';

let main;
try {
  ({ main } = await import('../dist-node/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-node')) throw error;
  process.stderr.write('siglab: dist-node/ is missing; run `npm run build:node` (npm install does it).\n');
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2), {
  // stdin is read with large synchronous reads from fd 0, not through a stream.
  stdin: { fd: 0, isTTY: isatty(0) },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
