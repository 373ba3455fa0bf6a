import { join } from 'node:path';
import { compileSiglists, type CompiledSiglists, type SiglistTexts } from '../engine/index.ts';
import { createGitHubClient, GitHubError, type PullRequestLists } from '../github/createGitHubClient.ts';
import { parsePullRequestRef } from '../github/parsePullRequestRef.ts';
import { SOCORRO_REPO } from '../github/createGitHubClient.ts';
import { UsageError, type CliIo } from './cliIo.ts';
import { createFileTextCache } from './fileTextCache.ts';

export interface PullRequestSiglists {
  readonly pr: PullRequestLists;
  readonly base: CompiledSiglists;
  readonly head: CompiledSiglists;
}

function compileOrReport(texts: SiglistTexts, label: string, io: CliIo): CompiledSiglists | null {
  const compiled = compileSiglists(texts);
  for (const error of compiled.errors) io.stderr.write(`${label} ${error.file}:${error.line}: ${error.message}: ${error.pattern}\n`);
  return compiled.errors.length > 0 ? null : compiled;
}

/** `--pr N`: the PR's base lists (as stock) and head lists (as edited), from GitHub through the disk cache. */
export async function loadPullRequestLists(
  ref: string,
  options: { apiUrl?: string; rawUrl?: string; cacheDir: string | null },
  io: CliIo,
): Promise<PullRequestSiglists | null> {
  const number = parsePullRequestRef(ref, SOCORRO_REPO);
  if (number === null) throw new UsageError(`--pr takes a ${SOCORRO_REPO} pull request number or URL, not ${ref}`);
  const client = createGitHubClient({
    apiUrl: options.apiUrl,
    rawUrl: options.rawUrl,
    fetch: io.fetch,
    cache: options.cacheDir ? createFileTextCache(join(options.cacheDir, 'github'), (message) => io.stderr.write(`siglab: ${message}\n`)) : undefined,
  });
  let pr: PullRequestLists;
  try {
    pr = await client.loadPullRequest(number);
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    io.stderr.write(`siglab: ${error.message}\n`);
    return null;
  }
  io.stderr.write(
    `PR #${pr.number} ${pr.title}\n  base (old): ${pr.base.commit.repo}@${pr.base.commit.sha}\n  head (new): ${pr.head.commit.repo}@${pr.head.commit.sha}\n`,
  );
  const base = compileOrReport(pr.base.texts, 'base', io);
  const head = compileOrReport(pr.head.texts, 'head', io);
  return base && head ? { pr, base, head } : null;
}
