#!/usr/bin/env node
// Part of `npm run build:node`: bundles the CLI (src/cli/main.ts) into dist-node/cli-bundle/,
// one file per command (code splitting), packages left as imports. The bin loads a handful of
// files instead of ~70 modules: Node's ESM loader costs about 1 ms of CPU per module, which
// was most of a one-crash `signify`. (The library entry, siglab/engine, is tsc's output.)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  // The signing worker is an entry of its own: the watchdog loads it beside the commands.
  entryPoints: [join(root, 'src', 'cli', 'main.ts'), join(root, 'src', 'cli', 'signingWorker.ts')],
  // Two levels below the root, like dist-node/cli/: the CLI finds package.json and
  // public/siglists relative to its own files.
  outdir: join(root, 'dist-node', 'cli-bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
