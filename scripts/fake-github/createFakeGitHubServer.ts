/**
 * A fake GitHub on 127.0.0.1 for tests: the REST API's pull request and
 * commit answers (their real JSON shapes, trimmed to what matters), raw files
 * by commit under /raw/, CORS as GitHub sends it, and the anonymous rate
 * limit — 60 API requests, then 403 with GitHub's body and headers.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCommit {
  readonly repo: string;
  readonly sha: string;
  /** Path in the repository → file text. */
  readonly files: Readonly<Record<string, string>>;
}

export interface FakePullRequest {
  readonly number: number;
  readonly title: string;
  readonly base: FakeCommit;
  readonly head: FakeCommit;
}

export interface FakeGitHubFixtures {
  readonly pulls: readonly FakePullRequest[];
  /** What `main` of the base repository points at. */
  readonly main: FakeCommit;
}

export interface FakeGitHub {
  readonly url: string;
  readonly apiUrl: string;
  readonly rawUrl: string;
  readonly log: { path: string; status: number }[];
  /** API requests left before the 403s start. */
  setRemaining(remaining: number): void;
  close(): Promise<void>;
}

const LIMIT = 60;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset',
};

function repoJson(fullName: string) {
  const [owner] = fullName.split('/');
  return { full_name: fullName, name: fullName.split('/')[1], owner: { login: owner }, html_url: `https://github.com/${fullName}` };
}

export async function createFakeGitHubServer(fixtures: FakeGitHubFixtures, port = 0): Promise<FakeGitHub> {
  const log: FakeGitHub['log'] = [];
  let remaining = LIMIT;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  const commits = new Map<string, FakeCommit>();
  for (const commit of [fixtures.main, ...fixtures.pulls.flatMap((pull) => [pull.base, pull.head])]) commits.set(`${commit.repo}@${commit.sha}`, commit);

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...CORS, ...headers });
    res.end(body);
    return status;
  };

  const api = (res: ServerResponse, path: string): number => {
    const rate = () => ({
      'Content-Type': 'application/json; charset=utf-8',
      'X-RateLimit-Limit': String(LIMIT),
      'X-RateLimit-Remaining': String(Math.max(0, remaining)),
      'X-RateLimit-Used': String(LIMIT - Math.max(0, remaining)),
      'X-RateLimit-Reset': String(resetAt),
      'X-RateLimit-Resource': 'core',
    });
    if (remaining <= 0) {
      return send(
        res,
        403,
        JSON.stringify({
          message: "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        }),
        rate(),
      );
    }
    remaining--;
    const pull = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(path);
    if (pull) {
      const found = fixtures.pulls.find((candidate) => candidate.number === Number(pull[2]) && candidate.base.repo === pull[1]);
      if (!found) return send(res, 404, JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', status: '404' }), rate());
      const side = (commit: FakeCommit, ref: string) => ({ label: `${commit.repo.split('/')[0]}:${ref}`, ref, sha: commit.sha, repo: repoJson(commit.repo) });
      return send(
        res,
        200,
        JSON.stringify({
          url: `https://api.github.com/repos/${found.base.repo}/pulls/${found.number}`,
          html_url: `https://github.com/${found.base.repo}/pull/${found.number}`,
          number: found.number,
          state: 'open',
          title: found.title,
          user: { login: found.head.repo.split('/')[0] },
          head: side(found.head, 'siglist-change'),
          base: side(found.base, 'main'),
          merged: false,
        }),
        rate(),
      );
    }
    const main = /^\/repos\/([^/]+\/[^/]+)\/commits\/main$/.exec(path);
    if (main && main[1] === fixtures.main.repo) {
      return send(res, 200, JSON.stringify({ sha: fixtures.main.sha, html_url: `https://github.com/${fixtures.main.repo}/commit/${fixtures.main.sha}`, commit: { message: 'main today' } }), rate());
    }
    return send(res, 404, JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }), rate());
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let status: number;
    if (req.method === 'OPTIONS') status = send(res, 204, '', { 'Access-Control-Allow-Headers': 'accept, content-type', 'Access-Control-Allow-Methods': 'GET' });
    else if (url.pathname === '/__control') {
      remaining = Number(url.searchParams.get('remaining') ?? LIMIT);
      return void send(res, 200, JSON.stringify({ remaining }));
    } else if (url.pathname === '/__log') {
      const body = JSON.stringify(log);
      if (url.searchParams.has('clear')) log.length = 0;
      return void send(res, 200, body, { 'Content-Type': 'application/json' });
    } else if (url.pathname.startsWith('/raw/')) {
      const [owner, repo, sha, ...path] = url.pathname.slice('/raw/'.length).split('/');
      const text = commits.get(`${owner}/${repo}@${sha}`)?.files[path.join('/')];
      status = text === undefined ? send(res, 404, '404: Not Found', { 'Content-Type': 'text/plain; charset=utf-8' }) : send(res, 200, text, { 'Content-Type': 'text/plain; charset=utf-8' });
    } else status = api(res, url.pathname);
    log.push({ path: url.pathname, status });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${bound}`;
  return {
    url: base,
    apiUrl: base,
    rawUrl: `${base}/raw`,
    log,
    setRemaining(next) {
      remaining = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
