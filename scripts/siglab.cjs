#!/usr/bin/env node
// Launcher for the `siglab` CLI. Runs the JavaScript that `npm install` /
// `npm ci` build into dist-node/cli-bundle/ (the `prepare` script, `npm run
// build:node`): nothing is transpiled at run time. CommonJS on purpose: an ES
// module here would start node's ESM loader, ~30 ms of a one-crash `signify`.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose, as said above */

// Each list is one big joined regex, compiled when first run. With V8's tier-up it is
// compiled twice: to bytecode for the first run (the siglist check), then to machine code
// at the second (the first frame): ~20 ms of a one-crash run. Straight to machine code, once.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');

let main;
let createFdWriter;
try {
  ({ main, createFdWriter } = require('../dist-node/cli-bundle/main.cjs'));
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('dist-node')) throw error;
  process.stderr.write('siglab: dist-node/ is missing; run `npm run build:node` (npm install does it).\n');
  process.exit(1);
}
main(process.argv.slice(2), {
  // stdin is read with large synchronous reads from fd 0, not through a stream.
  // Only `signature` asks; node:tty (with net and streams) loads only then.
  stdin: {
    fd: 0,
    get isTTY() {
      return require('node:tty').isatty(0);
    },
  },
  // Synchronous writes to fds 1 and 2: process.stdout on a pipe would load node:net.
  stdout: createFdWriter(1),
  stderr: createFdWriter(2),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
