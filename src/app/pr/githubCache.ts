import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { TextCache } from '../../github/createGitHubClient.ts';

let store: UseStore | null = null;
// Opened lazily: browsers without IndexedDB only lose the cache.
const githubStore = () => (store ??= createStore('siglab-github', 'answers'));

/** GitHub answers in IndexedDB: 60 anonymous requests an hour go a long way when nothing is fetched twice. */
export function createBrowserGitHubCache(): TextCache {
  return {
    get: (key) => get<string>(key, githubStore()).catch(() => undefined),
    set: (key, value) => set(key, value, githubStore()).catch(() => undefined),
  };
}
