import { expect, test } from '@playwright/test';
import { fixtureCrashId } from '../scripts/fake-crash-stats/fixtureCrashes.ts';

const FAKE_API = `http://127.0.0.1:${process.env.SIGLAB_FAKE_API_PORT ?? 4180}`;

test('Retry-After: 999999 becomes a two-minute countdown, and Stop lifts the pause', async ({ page }) => {
  await page.request.get(`${FAKE_API}/__control?rateLimit=1&retryAfter=999999&serverErrors=0&delayMs=0&malformed=0`);
  await page.goto('/');
  await page.getByText('Settings').click();
  await page.getByLabel('Crash Stats API URL').fill(`${FAKE_API}/api`);
  await page.getByLabel('Crash ids').fill(fixtureCrashId(150));
  await page.getByRole('button', { name: /^Fetch 1 from Crash Stats$/ }).click();

  const countdown = page.getByRole('status', { name: 'Rate limit' });
  await expect(countdown).toContainText(/requests resume in (2:00|1:5\d)/);
  await page.getByRole('button', { name: 'Stop fetching' }).click();
  await expect(countdown).toHaveCount(0);

  // The same client (and its limiter) fetches again at once: the 11-day pause is gone.
  await page.getByRole('button', { name: /^Fetch 1 from Crash Stats$/ }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^1 crash ·/u, { timeout: 15_000 });
});
