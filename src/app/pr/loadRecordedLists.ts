import type { SiglistTexts } from '../../engine/types.ts';
import { createGitHubClient } from '../../github/createGitHubClient.ts';
import type { ListSource } from '../share/experiment.ts';
import { createBrowserGitHubCache } from './githubCache.ts';
import { loadGitHubEndpoints } from './useGitHubEndpoints.ts';

/**
 * The stock lists an experiment recorded (a socorro PR's base, main): fetched
 * from GitHub at that commit through the cache, at the remembered endpoints.
 */
export async function loadRecordedLists(lists: ListSource): Promise<SiglistTexts> {
  const client = createGitHubClient({ ...loadGitHubEndpoints(), cache: createBrowserGitHubCache() });
  return (await client.loadSiglistsAt(lists.stock)).texts;
}
