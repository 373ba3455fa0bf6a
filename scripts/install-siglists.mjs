#!/usr/bin/env node
// Materialises Socorro's stock siglists into public/siglists/ at install time.
// They are reference data owned by Socorro, so the repo pins a commit (SOURCE)
// instead of committing copies. Sources, in order: $SIGLISTS_DIR, ../shared/siglists,
// then GitHub at the pinned commit.
import { copyFile, mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIGLIST_FILES = [
  'irrelevant_signature_re.txt',
  'prefix_signature_re.txt',
  'signature_sentinels.txt',
  'signatures_with_line_numbers_re.txt',
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'public', 'siglists');

async function readPin() {
  const text = await readFile(join(target, 'SOURCE'), 'utf8');
  const [repo, commit, path] = text.trim().split(/\s+/);
  if (!repo || !/^[0-9a-f]{40}$/.test(commit ?? '') || !path) {
    throw new Error(`public/siglists/SOURCE must read "<owner/repo> <40-hex commit> <path>", got: ${text.trim()}`);
  }
  return { repo, commit, path };
}

async function hasAllFiles(dir) {
  try {
    await Promise.all(SIGLIST_FILES.map((f) => access(join(dir, f))));
    return true;
  } catch {
    return false;
  }
}

async function copyFrom(dir) {
  await Promise.all(SIGLIST_FILES.map((f) => copyFile(join(dir, f), join(target, f))));
}

async function download(pin) {
  for (const f of SIGLIST_FILES) {
    const url = `https://raw.githubusercontent.com/${pin.repo}/${pin.commit}/${pin.path}/${f}`;
    const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    await writeFile(join(target, f), await response.text());
  }
}

async function main() {
  await mkdir(target, { recursive: true });
  const pin = await readPin();
  const tried = [];
  const candidates = [
    process.env.SIGLISTS_DIR ? ['$SIGLISTS_DIR', resolve(process.env.SIGLISTS_DIR)] : null,
    ['../shared/siglists', resolve(root, '..', 'shared', 'siglists')],
  ].filter(Boolean);

  for (const [label, dir] of candidates) {
    if (await hasAllFiles(dir)) {
      await copyFrom(dir);
      console.log(`siglists: copied from ${label} (${dir})`);
      return;
    }
    tried.push(`${label} (${dir}): missing one of ${SIGLIST_FILES.join(', ')}`);
  }
  try {
    await download(pin);
    console.log(`siglists: downloaded ${pin.repo}@${pin.commit.slice(0, 12)}`);
  } catch (error) {
    tried.push(`GitHub ${pin.repo}@${pin.commit}: ${error instanceof Error ? error.message : error}`);
    // `npx siglab` re-runs install scripts; offline, an earlier complete copy is better than failing.
    if (await hasAllFiles(target)) {
      console.warn(`siglists: kept the copy already in public/siglists/ (no source reachable:\n  - ${tried.join('\n  - ')})`);
      return;
    }
    console.error(
      'siglists: could not materialise public/siglists/. Tried:\n  - ' +
        tried.join('\n  - ') +
        '\nSet SIGLISTS_DIR to a folder holding the four siglist .txt files and run `npm run postinstall`.',
    );
    process.exit(1);
  }
}

await main();
