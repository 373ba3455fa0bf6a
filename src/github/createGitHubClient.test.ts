import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeGitHubServer, type FakeGitHub, type FakePullRequest } from '../../scripts/fake-github/createFakeGitHubServer.ts';
import { BASE_SHA, createFakeGitHubFixtures, HEAD_SHA, MAIN_PREFIX_LINE, MAIN_SHA, PR_IRRELEVANT_LINE, PR_NUMBER } from '../../scripts/fake-github/fixtures.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { createGitHubClient, GitHubError, type TextCache } from './createGitHubClient.ts';
import { parsePullRequestRef } from './parsePullRequestRef.ts';

let server: FakeGitHub;
beforeAll(async () => {
  server = await createFakeGitHubServer(createFakeGitHubFixtures());
});
afterAll(() => server.close());
beforeEach(() => {
  server.log.length = 0;
  server.setRemaining(60);
});

function memoryCache(): TextCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, get: (key) => Promise.resolve(entries.get(key)), set: (key, value) => Promise.resolve(void entries.set(key, value)) };
}

const stock = loadStockSiglists();

describe('createGitHubClient', () => {
  it('loads a pull request’s base and head lists, each from its commit', async () => {
    const client = createGitHubClient({ apiUrl: server.apiUrl, rawUrl: server.rawUrl, cache: memoryCache() });
    const pr = await client.loadPullRequest(PR_NUMBER);
    expect(pr.base.commit).toEqual({ repo: 'mozilla-services/socorro', sha: BASE_SHA });
    expect(pr.head.commit).toEqual({ repo: 'contributor/socorro', sha: HEAD_SHA });
    expect(pr.base.texts).toEqual(stock);
    expect(pr.head.texts['irrelevant_signature_re.txt']).toBe(`${stock['irrelevant_signature_re.txt']}${PR_IRRELEVANT_LINE}\n`);
    expect(pr.url).toBe(`https://github.com/mozilla-services/socorro/pull/${PR_NUMBER}`);
    // One API request, eight raw files.
    expect(server.log.filter((entry) => !entry.path.startsWith('/raw/'))).toHaveLength(1);
    expect(server.log.filter((entry) => entry.path.startsWith('/raw/'))).toHaveLength(8);
  });

  it('answers a second load from the cache, with no request', async () => {
    const cache = memoryCache();
    const client = createGitHubClient({ apiUrl: server.apiUrl, rawUrl: server.rawUrl, cache });
    await client.loadPullRequest(PR_NUMBER);
    server.log.length = 0;
    await client.loadPullRequest(PR_NUMBER);
    expect(server.log).toEqual([]);
  });

  it('says when the rate limit is used up, and falls back to an older answer', async () => {
    let time = 0;
    const cache = memoryCache();
    const client = createGitHubClient({ apiUrl: server.apiUrl, rawUrl: server.rawUrl, cache, now: () => time });
    server.setRemaining(0);
    await expect(client.loadMain()).rejects.toThrow(/rate limit is used up \(60 requests an hour without a token\)\. It resets at \d\d:\d\d UTC/);
    server.setRemaining(60);
    const main = await client.loadMain();
    expect(main.commit.sha).toBe(MAIN_SHA);
    expect(main.texts['prefix_signature_re.txt']).toContain(MAIN_PREFIX_LINE);
    time += 3_600_000;
    server.setRemaining(0);
    await expect(client.loadMain()).resolves.toEqual(main);
  });

  it('refuses a repository name or commit from GitHub that would climb out of the raw URL, before any raw request', async () => {
    const fixtures = createFakeGitHubFixtures();
    const pull = fixtures.pulls[0] as FakePullRequest;
    const hostile = await createFakeGitHubServer({ ...fixtures, pulls: [{ ...pull, head: { ...pull.head, repo: '../../evil' } }] });
    try {
      const client = createGitHubClient({ apiUrl: hostile.apiUrl, rawUrl: hostile.rawUrl });
      await expect(client.loadPullRequest(PR_NUMBER)).rejects.toThrow(new GitHubError(`GitHub's answer for #${PR_NUMBER} names the repository "../../evil", which is not a GitHub repository name`));
      await expect(client.loadSiglistsAt({ repo: 'mozilla-services/socorro', sha: '../../../x' })).rejects.toThrow(/names the commit "..\/..\/..\/x", which is not a commit hash/);
      expect(hostile.log.filter((entry) => entry.path.startsWith('/raw/') || !entry.path.startsWith('/repos/'))).toEqual([]);
    } finally {
      await hostile.close();
    }
  });

  it('treats a cached answer it cannot read as a miss', async () => {
    const cache = memoryCache();
    const client = createGitHubClient({ apiUrl: server.apiUrl, rawUrl: server.rawUrl, cache });
    await client.loadMain();
    for (const key of cache.entries.keys()) if (key.startsWith('github-api:')) cache.entries.set(key, '{"fetchedAt": tr');
    await expect(client.loadMain()).resolves.toMatchObject({ commit: { sha: MAIN_SHA } });
  });

  it('names a missing pull request', async () => {
    const client = createGitHubClient({ apiUrl: server.apiUrl, rawUrl: server.rawUrl });
    await expect(client.loadPullRequest(1)).rejects.toThrow(new GitHubError('pull request #1 is not in mozilla-services/socorro'));
  });
});

describe('parsePullRequestRef', () => {
  it.each([
    ['7301', 7301],
    ['#7301', 7301],
    ['https://github.com/mozilla-services/socorro/pull/7301/files', 7301],
    ['https://github.com/someone/else/pull/7301', null],
    ['seven', null],
  ])('%s → %s', (input, expected) => {
    expect(parsePullRequestRef(input, 'mozilla-services/socorro')).toBe(expected);
  });
});
