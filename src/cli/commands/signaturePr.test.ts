import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer, type FakeCrashStats } from '../../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { createSyntheticSearchCrashes } from '../../../scripts/fake-crash-stats/syntheticSearchCrashes.ts';
import { createFakeGitHubServer, type FakeGitHub } from '../../../scripts/fake-github/createFakeGitHubServer.ts';
import { BASE_SHA, createFakeGitHubFixtures, HEAD_SHA, PR_IRRELEVANT_LINE, PR_NUMBER } from '../../../scripts/fake-github/fixtures.ts';
import { main } from '../main.ts';

let crashStats: FakeCrashStats;
let github: FakeGitHub;
beforeAll(async () => {
  crashStats = await createFakeCrashStatsServer(new Map(), 0, { searchCrashes: createSyntheticSearchCrashes({ count: 1000, from: '2026-10-01T00:00:00Z', days: 10 }) });
  github = await createFakeGitHubServer(createFakeGitHubFixtures());
});
afterAll(async () => {
  await crashStats.close();
  await github.close();
});

async function run(argv: string[], cacheHome: string) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign((async function* () {})(), { isTTY: true });
  const code = await main(argv, { stdin, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { XDG_CACHE_HOME: cacheHome } });
  return { code, stdout, stderr };
}

describe('siglab signature --pr', () => {
  it('signs with the PR’s base lists as old and head lists as new, naming the commits, and caches GitHub’s answers', async () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'siglab-cache-'));
    const argv = [
      'signature',
      '--pr',
      `https://github.com/mozilla-services/socorro/pull/${PR_NUMBER}`,
      '--github-api',
      github.apiUrl,
      '--github-raw',
      github.rawUrl,
      '--url',
      `${crashStats.url}/api/SuperSearch/?product=Firefox&date=>=2026-10-01&date=<2026-10-11`,
      '--num',
      '300',
      '--fast',
      '--different-only',
      '--format',
      'json',
    ];
    const { code, stdout, stderr } = await run(argv, cacheHome);
    expect(stderr).toContain(`base (old): mozilla-services/socorro@${BASE_SHA}`);
    expect(stderr).toContain(`head (new): contributor/socorro@${HEAD_SHA}`);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as { old: string; new: string });
    // The PR makes a common frame irrelevant: signatures that started with it change.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.old.includes(PR_IRRELEVANT_LINE) || row.new.includes(PR_IRRELEVANT_LINE) || row.old !== row.new).toBe(true);
    expect(rows.some((row) => row.old.startsWith(PR_IRRELEVANT_LINE))).toBe(true);

    github.log.length = 0;
    github.setRemaining(0);
    const again = await run(argv, cacheHome);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(stdout);
    expect(github.log).toEqual([]);
    github.setRemaining(60);
  });

  it('reports GitHub’s rate limit', async () => {
    github.setRemaining(0);
    const { code, stderr } = await run(['signature', '--pr', '1', '--github-api', github.apiUrl, '--github-raw', github.rawUrl, 'x'], mkdtempSync(join(tmpdir(), 'siglab-cache-')));
    github.setRemaining(60);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rate limit is used up/);
  });
});
