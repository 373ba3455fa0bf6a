#!/usr/bin/env node
// Part of `npm run build:node`: bundles the CLI (src/cli/main.ts) into dist-node/cli-bundle/:
// main.cjs, one self-contained file per command, and the signing worker; packages are left as
// requires. CommonJS: node's ESM loader alone costs ~30 ms at startup and about 1 ms of CPU per
// module, most of a one-crash `signify`; and a command compiles only its own file.
// (The library entry, siglab/engine, is tsc's output, ESM.)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below the root, like dist-node/cli/: the CLI finds package.json and
// public/siglists relative to its own files.
const outdir = join(root, 'dist-node', 'cli-bundle');
rmSync(outdir, { recursive: true, force: true }); // no stale files from earlier builds

const COMMANDS = join(root, 'src', 'cli', 'commands');
/** main's `import('./commands/x.ts')` stays a file of its own, ./x.cjs, loaded when that command runs. */
const commandsApart = {
  name: 'commands-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/commands\/\w+\.ts$/ }, (args) =>
      args.importer === join(root, 'src', 'cli', 'main.ts') ? { path: `./${args.path.slice('./commands/'.length, -'.ts'.length)}.cjs`, external: true } : undefined,
    );
  },
};

await build({
  // main dispatches; each command and the signing worker (started by createWorkerSigner from
  // beside itself) is a bundle of its own, so a command compiles only its own code.
  entryPoints: [
    join(root, 'src', 'cli', 'main.ts'),
    join(root, 'src', 'cli', 'signingWorker.ts'),
    ...['signify', 'signature', 'serve', 'fetchData', 'fetchCrashIds', 'suggest', 'check'].map((name) => join(COMMANDS, `${name}.ts`)),
  ],
  outdir,
  entryNames: '[name]', // all beside main: files are found two levels below the root
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [commandsApart],
  // import() would start the ESM loader: the commands are required instead.
  supported: { 'dynamic-import': false },
  // The sources locate files from import.meta.url, which CommonJS lacks: derive it from __filename.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});

// The stock lists' regex translations, recorded while compiling them with the engine tsc just
// built: the CLI starts from them (src/cli/bundledTranslations.ts). Skipped without the lists.
const stockDir = join(root, 'public', 'siglists');
const engine = await import(pathToFileURL(join(root, 'dist-node', 'engine', 'index.js')).href);
if (engine.SIGLIST_FILES.every((file) => existsSync(join(stockDir, file)))) {
  const texts = Object.fromEntries(engine.SIGLIST_FILES.map((file) => [file, readFileSync(join(stockDir, file), 'utf8')]));
  const translations = {};
  engine.compileSiglists(texts, { translations: { get: () => undefined, set: (key, translated) => (translations[key] = translated) } });
  writeFileSync(join(outdir, 'siglist-translations.json'), JSON.stringify({ v8: process.versions.v8, translations }));
}
