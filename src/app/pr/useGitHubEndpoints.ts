import { useCallback, useState } from 'react';
import { DEFAULT_GITHUB_API, DEFAULT_GITHUB_RAW } from '../../github/createGitHubClient.ts';
import { pageStorage } from '../shell/pageStorage.ts';

const KEY = 'siglab.githubEndpoints';

export interface GitHubEndpoints {
  readonly apiUrl: string;
  readonly rawUrl: string;
}

const DEFAULTS: GitHubEndpoints = { apiUrl: DEFAULT_GITHUB_API, rawUrl: DEFAULT_GITHUB_RAW };

/** The remembered endpoints (the defaults when none are). */
export function loadGitHubEndpoints(): GitHubEndpoints {
  try {
    const stored = JSON.parse(pageStorage.local.getItem(KEY) ?? 'null') as Partial<GitHubEndpoints> | null;
    return { apiUrl: stored?.apiUrl || DEFAULTS.apiUrl, rawUrl: stored?.rawUrl || DEFAULTS.rawUrl };
  } catch {
    return DEFAULTS;
  }
}

/** Where GitHub is read from (a mirror or a test fake); remembered, since nothing secret is in it. */
export function useGitHubEndpoints(): [GitHubEndpoints, (next: GitHubEndpoints) => void] {
  const [endpoints, setEndpoints] = useState(loadGitHubEndpoints);
  const update = useCallback((next: GitHubEndpoints) => {
    setEndpoints(next);
    try {
      if (next.apiUrl === DEFAULTS.apiUrl && next.rawUrl === DEFAULTS.rawUrl) pageStorage.local.removeItem(KEY);
      else pageStorage.local.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage can be disabled: the endpoints then last for this page.
    }
  }, []);
  return [endpoints, update];
}
