import { useMemo, useState, type FormEvent } from 'react';
import type { SiglistTexts } from '../../engine/types.ts';
import { createGitHubClient, GitHubError, SOCORRO_REPO, type ListsAtCommit } from '../../github/createGitHubClient.ts';
import { parsePullRequestRef } from '../../github/parsePullRequestRef.ts';
import type { ListSource } from '../share/experiment.ts';
import { createBrowserGitHubCache } from './githubCache.ts';
import { useGitHubEndpoints } from './useGitHubEndpoints.ts';

/** Lists to load: stock and edited texts, and where they came from. */
export interface LoadedLists {
  readonly stock: SiglistTexts;
  /** Null: keep the hand edits (re-applied to the new stock). */
  readonly edited: SiglistTexts | null;
  readonly source: ListSource;
  /** For people: "PR #7301 …" or "socorro main". */
  readonly label: string;
}

export interface ReviewPullRequestProps {
  /** The lists in effect now and where they came from (null: the pinned ones). */
  readonly source: ListSource | null;
  onLoad(lists: LoadedLists): void;
}

const short = (sha: string) => sha.slice(0, 12);

function CommitLink({ repo, sha }: { repo: string; sha: string }) {
  return (
    <a href={`https://github.com/${repo}/commit/${sha}`} target="_blank" rel="noreferrer">
      {repo}@{short(sha)}
    </a>
  );
}

/**
 * Review a socorro pull request: its base lists become the stock lists and
 * its head lists the edited ones, so the results show what the PR changes.
 * Also "stock = socorro main today". GitHub is read without a token (60
 * requests an hour), and every answer is kept in IndexedDB.
 */
export function ReviewPullRequest({ source, onLoad }: ReviewPullRequestProps) {
  const [endpoints, onEndpoints] = useGitHubEndpoints();
  const client = useMemo(() => createGitHubClient({ ...endpoints, cache: createBrowserGitHubCache() }), [endpoints]);
  // After a reload the review's PR is still named here.
  const [ref, setRef] = useState(source?.pr !== undefined ? String(source.pr) : '');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setStatus('Loading from GitHub…');
    try {
      await work();
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      setStatus(error.message);
    } finally {
      setBusy(false);
    }
  };

  const loadPr = (event: FormEvent) => {
    event.preventDefault();
    const number = parsePullRequestRef(ref, SOCORRO_REPO);
    if (number === null) return setStatus(`Paste a ${SOCORRO_REPO} pull request URL or number.`);
    void guarded(async () => {
      const pr = await client.loadPullRequest(number);
      onLoad({ stock: pr.base.texts, edited: pr.head.texts, source: { stock: pr.base.commit, edited: pr.head.commit, pr: number }, label: `PR #${number} ${pr.title}` });
      setStatus('');
    });
  };

  const loadMain = () =>
    void guarded(async () => {
      const main: ListsAtCommit = await client.loadMain();
      onLoad({ stock: main.texts, edited: null, source: { stock: main.commit }, label: 'socorro main' });
      setStatus('');
    });

  return (
    <details className="find-crashes review-pr">
      <summary>Review a socorro pull request</summary>
      <form className="search-form" onSubmit={loadPr}>
        <label className="wide">
          socorro pull request
          <input value={ref} placeholder="https://github.com/mozilla-services/socorro/pull/1234 or 1234" onChange={(event) => setRef(event.target.value)} />
        </label>
        <button type="submit" disabled={busy || !ref.trim()}>
          Load PR
        </button>
        <button type="button" disabled={busy} onClick={loadMain}>
          Stock = socorro main today
        </button>
        <details>
          <summary>GitHub endpoints</summary>
          <label>
            GitHub API URL
            <input value={endpoints.apiUrl} onChange={(event) => onEndpoints({ ...endpoints, apiUrl: event.target.value.trim() })} />
          </label>
          <label>
            GitHub raw files URL
            <input value={endpoints.rawUrl} onChange={(event) => onEndpoints({ ...endpoints, rawUrl: event.target.value.trim() })} />
          </label>
        </details>
      </form>
      <p className="hint" role="status" data-testid="list-source">
        {status ||
          (source ? (
            <>
              {source.pr !== undefined && <>PR #{source.pr}: </>}
              stock lists from <CommitLink {...source.stock} />
              {source.edited ? (
                <>
                  , edited lists from <CommitLink {...source.edited} />
                </>
              ) : (
                ', edited by hand'
              )}
            </>
          ) : (
            'Stock lists: the ones this Siglab pins (see siglists/SOURCE).'
          ))}
      </p>
    </details>
  );
}
