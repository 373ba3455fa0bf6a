import { SIGLIST_FILES, type SiglistTexts } from '../engine/types.ts';

/** Where the stock lists live upstream (see ../shared/siglists/SOURCE). */
export const SOCORRO_REPO = 'mozilla-services/socorro';
export const SIGLIST_DIR = 'socorro/signature/siglists';
export const DEFAULT_GITHUB_API = 'https://api.github.com';
export const DEFAULT_GITHUB_RAW = 'https://raw.githubusercontent.com';
/** Branch heads and pull requests move; a few minutes of caching still saves the hourly allowance. */
const MOVING_MAX_AGE_MS = 10 * 60_000;

/** Text by key; what GitHub answered is kept, so the 60 requests/hour go far. */
export interface TextCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface SiglistCommit {
  readonly repo: string;
  readonly sha: string;
}

export interface ListsAtCommit {
  readonly commit: SiglistCommit;
  readonly texts: SiglistTexts;
}

export interface PullRequestLists {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly base: ListsAtCommit;
  readonly head: ListsAtCommit;
}

export class GitHubError extends Error {}

export interface GitHubClientOptions {
  readonly apiUrl?: string;
  readonly rawUrl?: string;
  readonly fetch?: typeof fetch;
  readonly cache?: TextCache;
  readonly now?: () => number;
}

/** GitHub's rules for `owner/name`, without `.` or `..` as a name: nothing that could climb out of a raw URL's path. */
const REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
/** A full commit hash (SHA-1, or SHA-256 repositories'). */
const COMMIT_HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Repository names and commit hashes go into raw file URLs as path
 * segments: ones that are not what GitHub allows (`../../elsewhere`) are
 * refused before any request, with what named them (`source`).
 */
function checkCommit(commit: SiglistCommit, source: string): void {
  if (!REPOSITORY_NAME.test(commit.repo)) throw new GitHubError(`${source} names the repository ${JSON.stringify(commit.repo)}, which is not a GitHub repository name`);
  if (!COMMIT_HASH.test(commit.sha)) throw new GitHubError(`${source} names the commit ${JSON.stringify(commit.sha)}, which is not a commit hash`);
}

/** A cached API answer as stored by getApiJson, or null when the stored text is not one. */
function readCachedAnswer(cached: string | undefined): { fetchedAt: number; body: unknown } | null {
  if (cached === undefined) return null;
  try {
    const entry = JSON.parse(cached) as unknown;
    const fetchedAt = (entry as { fetchedAt?: unknown } | null)?.fetchedAt;
    return typeof fetchedAt === 'number' && Object.hasOwn(entry as object, 'body') ? (entry as { fetchedAt: number; body: unknown }) : null;
  } catch {
    return null;
  }
}

const noCache: TextCache = { get: () => Promise.resolve(undefined), set: () => Promise.resolve() };

function rateLimitMessage(response: Response): string {
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC.` : '';
  return `GitHub's API rate limit is used up (60 requests an hour without a token).${when} Lists fetched before stay cached.`;
}

/**
 * Reads socorro's siglists from GitHub without a token: pull request and
 * branch metadata from the REST API (60 requests an hour), files from
 * raw.githubusercontent.com by commit. Files at a commit never change and
 * are cached for good; pull requests and `main` for a few minutes, and a
 * stale copy is used when the rate limit is hit.
 */
export function createGitHubClient(options: GitHubClientOptions = {}) {
  const apiUrl = (options.apiUrl ?? DEFAULT_GITHUB_API).replace(/\/+$/, '');
  const rawUrl = (options.rawUrl ?? DEFAULT_GITHUB_RAW).replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const cache = options.cache ?? noCache;
  const now = options.now ?? Date.now;

  async function request(url: string): Promise<Response> {
    try {
      return await doFetch(url, { headers: { Accept: url.startsWith(apiUrl) ? 'application/vnd.github+json' : 'text/plain' } });
    } catch (error) {
      throw new GitHubError(`cannot reach ${new URL(url).host}: ${(error as Error).message}`);
    }
  }

  async function getApiJson(path: string, notFound: string): Promise<unknown> {
    const key = `github-api:${apiUrl}${path}`;
    const entry = readCachedAnswer(await cache.get(key));
    if (entry && now() - entry.fetchedAt < MOVING_MAX_AGE_MS) return entry.body;
    const response = await request(`${apiUrl}${path}`);
    if (response.ok) {
      const body = (await response.json()) as unknown;
      await cache.set(key, JSON.stringify({ fetchedAt: now(), body }));
      return body;
    }
    if ((response.status === 403 || response.status === 429) && (response.headers.get('x-ratelimit-remaining') === '0' || response.status === 429)) {
      // An older answer beats none; a branch or PR rarely moves within the hour.
      if (entry) return entry.body;
      throw new GitHubError(rateLimitMessage(response));
    }
    if (response.status === 404) throw new GitHubError(notFound);
    throw new GitHubError(`GitHub answered HTTP ${response.status} for ${path}`);
  }

  async function getRaw(commit: SiglistCommit, path: string): Promise<string> {
    const key = `github-raw:${commit.repo}@${commit.sha}:${path}`;
    const cached = await cache.get(key);
    if (cached !== undefined) return cached;
    const response = await request(`${rawUrl}/${commit.repo}/${commit.sha}/${path}`);
    if (!response.ok) throw new GitHubError(`${path} is not at ${commit.repo}@${commit.sha.slice(0, 12)} (HTTP ${response.status})`);
    const text = await response.text();
    await cache.set(key, text);
    return text;
  }

  /** The four siglist files at a commit. */
  async function loadSiglistsAt(commit: SiglistCommit): Promise<ListsAtCommit> {
    checkCommit(commit, 'the lists asked for');
    const texts = await Promise.all(SIGLIST_FILES.map((file) => getRaw(commit, `${SIGLIST_DIR}/${file}`)));
    return { commit, texts: Object.fromEntries(SIGLIST_FILES.map((file, index) => [file, texts[index]])) as unknown as SiglistTexts };
  }

  /** A socorro pull request's lists: its base commit's and its head commit's. */
  async function loadPullRequest(number: number): Promise<PullRequestLists> {
    const body = (await getApiJson(`/repos/${SOCORRO_REPO}/pulls/${number}`, `pull request #${number} is not in ${SOCORRO_REPO}`)) as {
      title?: unknown;
      html_url?: unknown;
      base?: { sha?: unknown; repo?: { full_name?: unknown } | null };
      head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    };
    const baseSha = body.base?.sha;
    const headSha = body.head?.sha;
    if (typeof baseSha !== 'string' || typeof headSha !== 'string') throw new GitHubError(`GitHub's answer for #${number} has no base and head commits`);
    const baseRepo = typeof body.base?.repo?.full_name === 'string' ? body.base.repo.full_name : SOCORRO_REPO;
    // A deleted fork leaves head.repo null; its commits are still served from the base repository.
    const headRepo = typeof body.head?.repo?.full_name === 'string' ? body.head.repo.full_name : baseRepo;
    const commits = { base: { repo: baseRepo, sha: baseSha }, head: { repo: headRepo, sha: headSha } };
    checkCommit(commits.base, `GitHub's answer for #${number}`);
    checkCommit(commits.head, `GitHub's answer for #${number}`);
    const [base, head] = await Promise.all([loadSiglistsAt(commits.base), loadSiglistsAt(commits.head)]);
    return { number, title: typeof body.title === 'string' ? body.title : '', url: typeof body.html_url === 'string' ? body.html_url : '', base, head };
  }

  /** The lists on socorro's main branch today. */
  async function loadMain(): Promise<ListsAtCommit> {
    const body = (await getApiJson(`/repos/${SOCORRO_REPO}/commits/main`, `${SOCORRO_REPO} has no main branch`)) as { sha?: unknown };
    if (typeof body.sha !== 'string') throw new GitHubError("GitHub's answer for main has no commit");
    checkCommit({ repo: SOCORRO_REPO, sha: body.sha }, "GitHub's answer for main");
    return loadSiglistsAt({ repo: SOCORRO_REPO, sha: body.sha });
  }

  return { apiUrl, rawUrl, loadSiglistsAt, loadPullRequest, loadMain };
}

export type GitHubClient = ReturnType<typeof createGitHubClient>;
