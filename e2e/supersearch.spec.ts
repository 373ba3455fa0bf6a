import { expect, test } from '@playwright/test';
import { processedCrashRequests, searchLog, signFast, useFakeApi, WEB_UI_URL } from './fakeCrashStats.ts';

test.describe.configure({ timeout: 120_000 });

test('a pasted web UI Super Search with 25,000 matches loads the requested 12,000 ids through date windows', async ({ page }) => {
  await useFakeApi(page);
  await page.getByText('Find crashes').click();
  const find = page.locator('details.find-crashes:not(.fast-search)');
  await find.getByLabel('Super Search URL').fill(WEB_UI_URL);
  await find.getByLabel('Crashes to load').fill('12000');
  await find.getByRole('button', { name: 'Load crash ids' }).click();
  await expect(page.getByTestId('supersearch-progress')).toContainText('25,000 found');
  await expect(page.getByText(/Loaded 12,000 of 25,000 crashes in \d+ requests \(\d+ date windows\)/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('12000 crash ids')).toBeVisible();
  const queries = await searchLog(page);
  for (const query of queries) {
    expect(Number(query.get('_results_offset')) + Number(query.get('_results_number'))).toBeLessThanOrEqual(10_000);
    expect(query.get('product')).toBe('Firefox');
    expect(query.get('_facets')).toBeNull();
  }
  expect(queries.length).toBeLessThanOrEqual(16);
});

test('fast mode signs 10,000 crashes with 10 page requests and lists the ones that need a full crash', async ({ page }) => {
  await useFakeApi(page);
  const fast = await signFast(page, 10_000);
  await expect(fast.getByText(/Loaded 10,000 of 25,000 crashes in 10 requests/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^10,000 crashes · /)).toBeVisible({ timeout: 60_000 });
  const needsFull = fast.getByTestId('needs-full-crash');
  await expect(needsFull).toContainText('need the full crash');
  await expect(needsFull).toContainText('additional_minidumps');
  const queries = await searchLog(page);
  expect(queries).toHaveLength(10);
  expect(queries[0]?.getAll('_columns')).toContain('proto_signature');
  expect(await processedCrashRequests(page)).toBe(0);
});

test('fast mode fetches just the crashes that need the full crash, on request', async ({ page }) => {
  await useFakeApi(page);
  const fast = await signFast(page, 150);
  const needsFull = fast.getByTestId('needs-full-crash');
  await expect(needsFull).toBeVisible({ timeout: 30_000 });
  const button = needsFull.getByRole('button', { name: /^Fetch \d+ full crash/ });
  const count = Number((await button.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await button.click();
  await expect(needsFull).toBeHidden({ timeout: 60_000 });
  expect(await processedCrashRequests(page)).toBe(count);
  await expect(page.getByText(/^150 crashes · /)).toBeVisible();
});
