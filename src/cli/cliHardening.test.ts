import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer, type FakeCrashStats } from '../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { createFakeGitHubServer, type FakePullRequest } from '../../scripts/fake-github/createFakeGitHubServer.ts';
import { createFakeGitHubFixtures, HEAD_SHA } from '../../scripts/fake-github/fixtures.ts';
import { REPO_ROOT } from '../testing/loadStockSiglists.ts';

const BIN = join(REPO_ROOT, 'scripts', 'siglab.cjs');
const CRASH_ID = '11111111-2222-3333-4444-555555201124';
const HOSTILE_ID = '11111111-2222-3333-4444-555555201125';
/** What a hostile or broken API could put in text the CLI prints: ESC sequences, BEL, CR, C1 CSI, a right-to-left override. */
const HOSTILE = 'Bad\u001b[2J\u001b]0;pwned\u0007\rX\u009b31m\u202eevil';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The built bin as a child process (async: the fake servers live in this process). */
function siglab(args: string[], env: Record<string, string> = {}, input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, SOCORRO_API_TOKEN: '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const processed = (uuid: string, signature: string, fn: string) => ({
  uuid,
  signature,
  date_processed: '2026-10-02T00:00:00+00:00',
  product: 'Firefox',
  json_dump: { crash_info: { crashing_thread: 0 }, threads: [{ frames: [{ function: fn }, { function: 'main' }] }] },
});

let api: FakeCrashStats;
beforeAll(async () => {
  api = await createFakeCrashStatsServer(
    new Map([
      [CRASH_ID, processed(CRASH_ID, 'nsFoo::Bar', 'nsFoo::Bar(int)')],
      [HOSTILE_ID, processed(HOSTILE_ID, HOSTILE, `ns${HOSTILE}::Frame`)],
    ]),
  );
});
afterAll(() => api.close());

describe('the CLI sends SOCORRO_API_TOKEN only to the configured API (the built bin)', () => {
  const search = () => `${api.url}/api/SuperSearch/?product=Firefox`;

  it('fetch-crashids: a --url on another host is searched without the token, and says so', async () => {
    api.log.length = 0;
    const { code, stdout, stderr } = await siglab(['fetch-crashids', '--url', search(), '--num', '2'], { SOCORRO_API_TOKEN: 'valid-token' });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(api.log.length).toBeGreaterThan(0);
    expect(api.log.every((entry) => entry.authToken === undefined)).toBe(true);
    expect(stderr).toContain(`SOCORRO_API_TOKEN is not sent to ${api.url}: it goes only to the configured API (https://crash-stats.mozilla.org); give --api-url ${api.url}/api to send it there`);
  });

  it('fetch-crashids and signature: with --api-url naming that host, the token goes there', async () => {
    api.log.length = 0;
    expect((await siglab(['fetch-crashids', '--url', search(), '--num', '2', '--api-url', `${api.url}/api`], { SOCORRO_API_TOKEN: 'valid-token' })).code).toBe(0);
    expect(api.log.length).toBeGreaterThan(0);
    expect(api.log.every((entry) => entry.authToken === 'valid-token')).toBe(true);
  });

  it('signature --url: neither the search nor the crashes it fetches carry the token to another host', async () => {
    api.log.length = 0;
    const { code, stderr } = await siglab(['signature', '--no-cache', '--url', search(), '--num', '2'], { SOCORRO_API_TOKEN: 'valid-token' });
    expect(code).toBe(0);
    expect(api.log.some((entry) => entry.path === '/api/ProcessedCrash/')).toBe(true);
    expect(api.log.every((entry) => entry.authToken === undefined)).toBe(true);
    expect(stderr).toContain('SOCORRO_API_TOKEN is not sent to');
  });
});

describe('the CLI goes on without a cache it cannot use (the built bin)', () => {
  it('warns about an unwritable --cache-dir (a file in the way) and still prints every signature', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'siglab-cache-')), 'not-a-dir');
    writeFileSync(file, 'x');
    const { code, stdout, stderr } = await siglab(['signature', '--cache-dir', file, '--api-url', `${api.url}/api`, CRASH_ID]);
    expect(code).toBe(0);
    expect(stdout).toContain('New:      nsFoo::Bar');
    expect(stderr).toMatch(/siglab: cannot write the cache in .*not-a-dir \(EEXIST: file already exists.*\); going on without it/);
  });

  it('warns about an unusable default cache (XDG_CACHE_HOME under a file) and still prints', async () => {
    const { code, stdout, stderr } = await siglab(['signature', '--api-url', `${api.url}/api`, CRASH_ID], { XDG_CACHE_HOME: '/dev/null/cache' });
    expect(code).toBe(0);
    expect(stdout).toContain('New:      nsFoo::Bar');
    expect(stderr).toContain('going on without it');
  });

  it('treats a cache file that parses but is not crash data as a miss, and fetches the crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siglab-cache-'));
    mkdirSync(dir, { recursive: true });
    for (const wrong of ['5', 'null', '"text"', '[1,2]']) {
      writeFileSync(join(dir, `${CRASH_ID}.json`), wrong);
      api.log.length = 0;
      const { code, stdout } = await siglab(['signature', '--cache-dir', dir, '--api-url', `${api.url}/api`, CRASH_ID]);
      expect(code, wrong).toBe(0);
      expect(stdout, wrong).toContain('New:      nsFoo::Bar');
      expect(api.log.map((entry) => entry.crashId)).toEqual([CRASH_ID]);
    }
    // …and the good copy written over it is used next time.
    expect(JSON.parse(readFileSync(join(dir, `${CRASH_ID}.json`), 'utf8'))).toMatchObject({ crashing_thread: 0 });
  });
});

describe('the CLI never prints terminal control characters it was sent (the built bin)', () => {
  it('escapes them in signature text output', async () => {
    const { code, stdout } = await siglab(['signature', '--no-cache', '--api-url', `${api.url}/api`, HOSTILE_ID]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROLS);
    expect(stdout).toContain('Original: Bad\\u001b[2J\\u001b]0;pwned\\u0007\\u000dX\\u009b31m\\u202eevil');
  });

  it('escapes them on stderr (a pull request title)', async () => {
    const fixtures = createFakeGitHubFixtures();
    const pull = fixtures.pulls[0] as FakePullRequest;
    const github = await createFakeGitHubServer({ ...fixtures, pulls: [{ ...pull, title: `Title ${HOSTILE}` }] });
    try {
      const { stderr } = await siglab(['signature', '--no-cache', '--pr', String(pull.number), '--github-api', github.apiUrl, '--github-raw', github.rawUrl, '--api-url', `${api.url}/api`, CRASH_ID]);
      expect(stderr).toContain(`PR #${pull.number} Title Bad\\u001b[2J`);
      expect(stderr).not.toMatch(RAW_CONTROLS);
    } finally {
      await github.close();
    }
  });
});

describe('the CLI checks what GitHub names before it goes into a raw URL (the built bin)', () => {
  it.each([
    ['a head repository that climbs out of /raw/', { repo: '../../evil' }, 'names the repository "../../evil", which is not a GitHub repository name'],
    ['a head commit that is not a hash', { sha: `${HEAD_SHA.slice(0, 8)}/../../../evil` }, 'names the commit "bead0000/../../../evil", which is not a commit hash'],
  ])('refuses %s and fetches nothing outside it', async (_label, head, message) => {
    const fixtures = createFakeGitHubFixtures();
    const pull = fixtures.pulls[0] as FakePullRequest;
    const github = await createFakeGitHubServer({ ...fixtures, pulls: [{ ...pull, head: { ...pull.head, ...head } }] });
    try {
      const { code, stderr } = await siglab(['signature', '--no-cache', '--pr', String(pull.number), '--github-api', github.apiUrl, '--github-raw', github.rawUrl, CRASH_ID]);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(github.log.filter((entry) => !entry.path.startsWith('/raw/mozilla-services/socorro/') && !entry.path.startsWith('/repos/'))).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
