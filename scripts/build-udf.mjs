#!/usr/bin/env node
// `npm run build:udf`: bundles src/udf/siglabUdf.ts with the stock siglists into
// dist-udf/siglab-udf.js, one classic script defining a global
// `siglabSignature(crashJson)` for BigQuery JavaScript UDFs (OPTIONS (library=[…])).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIGLIST_FILES = ['irrelevant_signature_re.txt', 'prefix_signature_re.txt', 'signature_sentinels.txt', 'signatures_with_line_numbers_re.txt'];
const texts = Object.fromEntries(SIGLIST_FILES.map((file) => [file, readFileSync(join(root, 'public', 'siglists', file), 'utf8')]));
const [repo, commit] = readFileSync(join(root, 'public', 'siglists', 'SOURCE'), 'utf8').trim().split(/\s+/);
const outfile = join(root, 'dist-udf', 'siglab-udf.js');

await build({
  entryPoints: [join(root, 'src', 'udf', 'siglabUdf.ts')],
  outfile,
  bundle: true,
  format: 'iife',
  // A top-level `var` and function declaration in a classic script are globals, with or without globalThis.
  globalName: 'siglabUdf',
  platform: 'neutral',
  target: 'es2020',
  define: { __SIGLAB_STOCK_SIGLISTS__: JSON.stringify(texts) },
  banner: { js: `// Siglab signature generation for BigQuery JavaScript UDFs. Stock siglists: ${repo}@${commit}.\n// Defines siglabSignature(crashJson) -> JSON string {signature, proto_signature, notes}.` },
  footer: { js: 'function siglabSignature(crashJson) { return siglabUdf.siglabSignature(crashJson); }' },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`build:udf: wrote ${outfile}`);
