import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGLIST_FILES, type SiglistTexts } from '../engine/types.ts';
import { formatSiglistPatch, SIGLIST_REPO_PATH } from './formatSiglistPatch.ts';

const stock = Object.fromEntries(SIGLIST_FILES.map((file) => [file, `# ${file}\nalpha\nbeta\ngamma\n`])) as unknown as SiglistTexts;

describe('formatSiglistPatch', () => {
  it('is empty without edits', () => {
    expect(formatSiglistPatch(stock, stock)).toBe('');
  });

  it('makes a patch that git applies to a socorro checkout', () => {
    const edited = { ...stock, 'prefix_signature_re.txt': '# prefix_signature_re.txt\nalpha\ngamma\ndelta\n' };
    const patch = formatSiglistPatch(stock, edited);
    expect(patch).toBe(
      [
        `diff --git a/${SIGLIST_REPO_PATH}/prefix_signature_re.txt b/${SIGLIST_REPO_PATH}/prefix_signature_re.txt`,
        `--- a/${SIGLIST_REPO_PATH}/prefix_signature_re.txt`,
        `+++ b/${SIGLIST_REPO_PATH}/prefix_signature_re.txt`,
        '@@ -1,4 +1,4 @@',
        ' # prefix_signature_re.txt',
        ' alpha',
        '-beta',
        ' gamma',
        '+delta',
        '',
      ].join('\n'),
    );
    const repo = mkdtempSync(join(tmpdir(), 'siglab-patch-'));
    mkdirSync(join(repo, SIGLIST_REPO_PATH), { recursive: true });
    for (const file of SIGLIST_FILES) writeFileSync(join(repo, SIGLIST_REPO_PATH, file), stock[file]);
    writeFileSync(join(repo, 'edit.patch'), patch);
    execFileSync('git', ['apply', 'edit.patch'], { cwd: repo });
    expect(readFileSync(join(repo, SIGLIST_REPO_PATH, 'prefix_signature_re.txt'), 'utf8')).toBe(edited['prefix_signature_re.txt']);
  });
});
