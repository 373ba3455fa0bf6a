import { SIGLIST_FILES, type SiglistTexts } from '../../src/engine/types.ts';
import { loadStockSiglists } from '../../src/testing/loadStockSiglists.ts';
import type { FakeCommit, FakeGitHubFixtures } from './createFakeGitHubServer.ts';

const SIGLIST_DIR = 'socorro/signature/siglists';
export const BASE_SHA = 'b45e000000000000000000000000000000000001';
export const HEAD_SHA = 'bead000000000000000000000000000000000002';
export const MAIN_SHA = 'a1a1000000000000000000000000000000000003';
export const PR_NUMBER = 7301;
/** What the fake PR adds to the irrelevant list: the commonest first signature frame of the fake Crash Stats' synthetic crashes. */
export const PR_IRRELEVANT_LINE = 'js::gc::Runnable0::Resolve<T>';
/** A PR whose answer names a head repository that would climb out of a raw URL's /raw/ path. */
export const HOSTILE_PR_NUMBER = 7302;
/** What the fake main adds to the prefix list. */
export const MAIN_PREFIX_LINE = 'pthread_mutex_lock';

const commit = (repo: string, sha: string, texts: SiglistTexts): FakeCommit => ({
  repo,
  sha,
  files: Object.fromEntries(SIGLIST_FILES.map((file) => [`${SIGLIST_DIR}/${file}`, texts[file]])),
});

/** A socorro PR from a fork that adds one irrelevant line, and a main with one more prefix line. */
export function createFakeGitHubFixtures(stock: SiglistTexts = loadStockSiglists()): FakeGitHubFixtures {
  const head = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}${PR_IRRELEVANT_LINE}\n` };
  const main = { ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}${MAIN_PREFIX_LINE}\n` };
  return {
    pulls: [
      { number: PR_NUMBER, title: 'Make js::gc::Runnable0::Resolve<T> irrelevant', base: commit('mozilla-services/socorro', BASE_SHA, stock), head: commit('contributor/socorro', HEAD_SHA, head) },
      { number: HOSTILE_PR_NUMBER, title: 'A head repository named ../../evil', base: commit('mozilla-services/socorro', BASE_SHA, stock), head: commit('../../evil', HEAD_SHA, head) },
    ],
    main: commit('mozilla-services/socorro', MAIN_SHA, main),
  };
}
