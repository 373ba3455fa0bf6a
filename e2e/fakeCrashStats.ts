import type { Page } from '@playwright/test';

const FAKE_API = `http://127.0.0.1:${process.env.SIGLAB_FAKE_API_PORT ?? 4180}`;

/** The fake serves 25,000 synthetic Firefox crashes spread over 2026-10-01…11 (see scripts/fake-crash-stats/serve.ts). */
export const WEB_UI_URL =
  'https://crash-stats.mozilla.org/search/?product=Firefox&date=%3E%3D2026-10-01T00%3A00%3A00.000Z&date=%3C2026-10-11T00%3A00%3A00.000Z&_facets=signature&_sort=-date&_columns=date&_columns=signature#facet=signature&page=1';

export async function useFakeApi(page: Page) {
  await page.request.get(`${FAKE_API}/__control?rateLimit=0&serverErrors=0&delayMs=0&malformed=0&retryAfter=0`);
  await page.request.get(`${FAKE_API}/__log?clear=1`);
  await page.goto('/');
  await page.getByText('Settings').click();
  await page.getByLabel('Crash Stats API URL').fill(`${FAKE_API}/api`);
}

export async function searchLog(page: Page): Promise<URLSearchParams[]> {
  const log = (await (await page.request.get(`${FAKE_API}/__log`)).json()) as { method: string; path: string; query: string }[];
  return log.filter((entry) => entry.method === 'GET' && entry.path === '/api/SuperSearch/').map((entry) => new URLSearchParams(entry.query));
}

export async function processedCrashRequests(page: Page): Promise<number> {
  const log = (await (await page.request.get(`${FAKE_API}/__log`)).json()) as { method: string; path: string }[];
  return log.filter((entry) => entry.method === 'GET' && entry.path === '/api/ProcessedCrash/').length;
}

/** Opens fast mode and signs `count` crashes of the fake's Super Search from their columns. */
export async function signFast(page: Page, count: number) {
  await page.getByText('Fast mode: sign a Super Search from its columns').click();
  const fast = page.locator('details.fast-search');
  await fast.getByLabel('Super Search URL').fill(WEB_UI_URL);
  await fast.getByLabel('Crashes to load').fill(String(count));
  await fast.getByRole('button', { name: 'Sign from Super Search columns' }).click();
  return fast;
}
