import { expect, test, type Page } from '@playwright/test';
import { openCrashLoading, showCrashes } from './helpers.ts';
import { fixtureCrashId } from '../scripts/fake-crash-stats/fixtureCrashes.ts';

const FAKE_API = `http://127.0.0.1:${process.env.SIGLAB_FAKE_API_PORT ?? 4180}`;
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => fixtureCrashId(from + i));

async function useFakeApi(page: Page) {
  // Every test starts with a well-behaved server.
  await page.request.get(`${FAKE_API}/__control?rateLimit=0&serverErrors=0&delayMs=0&malformed=0&retryAfter=0`);
  await page.goto('/');
  await page.getByText('Settings').click();
  await page.getByLabel('Crash Stats API URL').fill(`${FAKE_API}/api`);
}

async function fetchIds(page: Page, list: readonly string[]) {
  await page.getByLabel('Crash ids').fill(list.join('\n'));
  await page.getByRole('button', { name: /^Fetch \d+ from Crash Stats$/ }).click();
}

async function requestsFor(page: Page, list: readonly string[]): Promise<number> {
  const log = (await (await page.request.get(`${FAKE_API}/__log`)).json()) as { method: string; crashId: string | null }[];
  // CORS preflights (OPTIONS) are not requests for data.
  return log.filter((entry) => entry.method === 'GET' && entry.crashId !== null && list.includes(entry.crashId)).length;
}

test.describe.configure({ timeout: 120_000 });

test('fetches 50 crashes with progress, under the rate limit', async ({ page }) => {
  await useFakeApi(page);
  const list = ids(0, 50);
  await fetchIds(page, list);
  await expect(page.getByLabel('Fetch progress')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Fetch status' })).toContainText(/left/);
  await expect(page.getByRole('status', { name: 'Fetch status' })).toHaveText('50 of 50', { timeout: 90_000 });
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('50 crashes');
  expect(await requestsFor(page, list)).toBe(50);
});

test('a storm of 429s slows the fetch down but it completes', async ({ page }) => {
  await useFakeApi(page);
  await page.request.get(`${FAKE_API}/__control?rateLimit=6&retryAfter=1`);
  const list = ids(100, 5);
  await fetchIds(page, list);
  await expect(page.getByRole('status', { name: 'Fetch status' })).toHaveText('5 of 5', { timeout: 60_000 });
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('5 crashes');
  const log = (await (await page.request.get(`${FAKE_API}/__log`)).json()) as { status: number }[];
  expect(log.filter((entry) => entry.status === 429).length).toBeGreaterThanOrEqual(6);
});

test('an unknown crash id is shown as not found', async ({ page }) => {
  await useFakeApi(page);
  const missing = 'fa4effff-0000-4000-8000-000000261125';
  await fetchIds(page, [missing, fixtureCrashId(120)]);
  await expect(page.locator(`[data-crash-id="${missing}"]`)).toHaveAttribute('data-state', 'not-found');
  await expect(page.locator(`[data-crash-id="${missing}"]`)).toContainText('not found');
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^1 crash ·/u);
});

test('after a reload the cache answers: no request reaches the API', async ({ page }) => {
  await useFakeApi(page);
  const list = ids(150, 3);
  await fetchIds(page, list);
  await expect(page.getByRole('status', { name: 'Fetch status' })).toHaveText('3 of 3');
  expect(await requestsFor(page, list)).toBe(3);
  await expect(page.getByRole('status', { name: 'Cache size' })).toContainText(/crash/);

  // The loaded crash set itself comes back after a reload, with no request at all.
  await page.reload();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('3 crashes');
  expect(await requestsFor(page, list)).toBe(3);
  // Cleared and fetched again, the crash cache answers.
  page.once('dialog', (question) => void question.accept());
  await openCrashLoading(page);
  await page.getByRole('button', { name: 'Clear crashes' }).click();
  await expect(page.getByRole('status', { name: 'Crash set' })).toHaveText('0 loaded');
  await fetchIds(page, list);
  await expect(page.getByRole('status', { name: 'Fetch status' })).toHaveText('3 of 3');
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('3 crashes');
  await showCrashes(page);
  await expect(page.locator(`[data-crash-id="${list[0]}"] .state-cached`)).toBeVisible();
  expect(await requestsFor(page, list)).toBe(3);
});

test('with a token, requests go through the local proxy and the token stays out of storage and URLs', async ({ page }) => {
  await useFakeApi(page);
  await page.getByLabel('API token (optional)').fill('bad-token');
  await fetchIds(page, [fixtureCrashId(170)]);
  await expect(page.locator(`[data-crash-id="${fixtureCrashId(170)}"]`)).toHaveAttribute('data-state', 'forbidden');

  await page.getByLabel('API token (optional)').fill('valid-token');
  await fetchIds(page, [fixtureCrashId(171)]);
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^1 crash ·/u);

  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, url: location.href }));
  expect(stored).not.toContain('valid-token');
});

test('Find crashes fills the crash id list from Super Search', async ({ page }) => {
  await useFakeApi(page);
  await page.getByText('Find crashes').click();
  await page.getByLabel('How many').fill('30');
  // The fake's crashes are dated 2026-11-25: a fixed window, not "the last week", so the test does not age.
  await page.getByLabel('From').fill('2026-11-20');
  await page.getByLabel('To').fill('2026-11-30');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('Found 30 crashes')).toBeVisible();
  await expect(page.getByText('30 crash ids')).toBeVisible();
});
