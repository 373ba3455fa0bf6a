#!/usr/bin/env node
// Part of `npm run build:node`: bundles the CLI (src/cli/main.ts) into dist-node/cli-bundle/main.cjs,
// and the signing worker beside it; packages are left as requires. CommonJS, one file each:
// node's ESM loader alone costs ~30 ms at startup and about 1 ms of CPU per module, most of a
// one-crash `signify`. Commands are still evaluated on demand (esbuild wraps what main imports
// lazily). (The library entry, siglab/engine, is tsc's output, ESM.)
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below the root, like dist-node/cli/: the CLI finds package.json and
// public/siglists relative to its own files.
const outdir = join(root, 'dist-node', 'cli-bundle');
rmSync(outdir, { recursive: true, force: true }); // no stale files from earlier builds

await build({
  // The signing worker is an entry of its own: createWorkerSigner starts it from beside itself.
  entryPoints: [join(root, 'src', 'cli', 'main.ts'), join(root, 'src', 'cli', 'signingWorker.ts')],
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // The sources locate files from import.meta.url, which CommonJS lacks: derive it from __filename.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});
