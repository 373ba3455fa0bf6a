import { expect, test, type Page } from '@playwright/test';
import { useFakeApi, WEB_UI_URL } from './fakeCrashStats.ts';

const FAKE_GITHUB = `http://127.0.0.1:${process.env.SIGLAB_FAKE_GITHUB_PORT ?? 4190}`;

test.describe.configure({ timeout: 120_000 });

async function openReview(page: Page) {
  await page.request.get(`${FAKE_GITHUB}/__control?remaining=60`);
  await page.getByText('Review a socorro pull request').click();
  const panel = page.locator('details.review-pr');
  await panel.getByText('GitHub endpoints').click();
  await panel.getByLabel('GitHub API URL').fill(FAKE_GITHUB);
  await panel.getByLabel('GitHub raw files URL').fill(`${FAKE_GITHUB}/raw`);
  return panel;
}

test('a PR number loads base and head lists, and the results show the PR’s effect', async ({ page }) => {
  await useFakeApi(page);
  const panel = await openReview(page);
  await panel.getByLabel('socorro pull request').fill('7301');
  await panel.getByRole('button', { name: 'Load PR' }).click();
  const source = panel.getByTestId('list-source');
  await expect(source).toContainText('PR #7301: stock lists from mozilla-services/socorro@b45e00000000, edited lists from contributor/socorro@bead00000000');
  await expect(source.getByRole('link', { name: 'contributor/socorro@bead00000000' })).toHaveAttribute('href', 'https://github.com/contributor/socorro/commit/bead000000000000000000000000000000000002');

  // Crashes to review it on: a fast-mode search of the fake's synthetic crashes.
  await page.getByText('Fast mode: sign a Super Search from its columns').click();
  const fast = page.locator('details.fast-search');
  await fast.getByLabel('Super Search URL').fill(WEB_UI_URL);
  await fast.getByLabel('Crashes to load').fill('400');
  await fast.getByRole('button', { name: 'Sign from Super Search columns' }).click();
  // The PR makes the commonest first frame irrelevant: some signatures change.
  await expect(page.getByText(/^400 crashes · [1-9][\d,]* crash(es)? changed/)).toBeVisible({ timeout: 60_000 });
});

test('GitHub’s 403 rate-limit answer is explained, and cached lists still load', async ({ page }) => {
  await useFakeApi(page);
  const panel = await openReview(page);
  await panel.getByLabel('socorro pull request').fill('https://github.com/mozilla-services/socorro/pull/7301');
  await panel.getByRole('button', { name: 'Load PR' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('PR #7301');
  await page.request.get(`${FAKE_GITHUB}/__control?remaining=0`);
  await panel.getByRole('button', { name: 'Stock = socorro main today' }).click();
  await expect(panel.getByTestId('list-source')).toContainText(/rate limit is used up \(60 requests an hour without a token\)/);
  // The PR was cached in IndexedDB: it loads again without GitHub.
  await panel.getByRole('button', { name: 'Load PR' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('PR #7301: stock lists from mozilla-services/socorro@b45e00000000');
  await page.request.get(`${FAKE_GITHUB}/__control?remaining=60`);
  await panel.getByRole('button', { name: 'Stock = socorro main today' }).click();
  // The PR's own changes would be lost: asked, and kept (re-applied on main).
  await page.getByRole('dialog', { name: 'Load socorro main over your edits?' }).getByRole('button', { name: 'Keep my edits and re-apply them on the new lists' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('stock lists from mozilla-services/socorro@a1a100000000, edited by hand');
});

test('a link made on a PR records its commits and reopens on the same lists', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await useFakeApi(page);
  const panel = await openReview(page);
  await panel.getByLabel('socorro pull request').fill('7301');
  await panel.getByRole('button', { name: 'Load PR' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('PR #7301');
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status', { name: 'Share status' })).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());

  // Someone else, whose Siglab reads GitHub from the same (fake) endpoints: the PR's lists are fetched first.
  const other = await (await browser.newContext()).newPage();
  await other.goto('/');
  await openReview(other);
  await other.goto(link);
  await expect(other.locator('details.review-pr').getByTestId('list-source')).toContainText(
    'PR #7301: stock lists from mozilla-services/socorro@b45e00000000, edited lists from contributor/socorro@bead00000000',
  );
  await expect(other.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toBeVisible();
});

test('a PR whose answer names a repository that would climb out of /raw/ is refused before any raw request', async ({ page }) => {
  await page.goto('/');
  const panel = await openReview(page);
  await page.request.get(`${FAKE_GITHUB}/__log?clear=1`);
  await panel.getByLabel('socorro pull request').fill('7302');
  await panel.getByRole('button', { name: 'Load PR' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('GitHub\'s answer for #7302 names the repository "../../evil", which is not a GitHub repository name');
  const log = (await (await page.request.get(`${FAKE_GITHUB}/__log`)).json()) as { path: string }[];
  expect(log.map((entry) => entry.path)).toEqual(['/repos/mozilla-services/socorro/pulls/7302']);
});
