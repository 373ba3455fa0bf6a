import { expect, test } from '@playwright/test';
import { fixtureCrashId } from '../scripts/fake-crash-stats/fixtureCrashes.ts';
import { appendToSiglist, showCrashes } from './helpers.ts';

const FAKE_API = `http://127.0.0.1:${process.env.SIGLAB_FAKE_API_PORT ?? 4180}`;

test('an edit saved in another tab is noticed, and the user picks which edits to keep', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto('/');
  await tabB.goto('/');
  await appendToSiglist(tabA, 'prefix_signature_re.txt', 'fromTabA::Frame');
  await expect(tabA.getByRole('status', { name: 'Draft' })).toHaveText('Edits saved locally');

  const conflict = tabB.getByRole('alert', { name: 'Draft' });
  await expect(conflict).toContainText('Another tab saved different edits.');
  await conflict.getByRole('button', { name: "Load the other tab's" }).click();
  await expect(tabB.getByRole('tab', { name: /prefix_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  await expect(tabB.getByRole('status', { name: 'Draft' })).toHaveText('Edits saved locally');
  // Tab A's edit is still the saved one: nothing was dropped.
  expect(await tabB.evaluate(() => localStorage.getItem('siglab.draft.v1'))).toContain('fromTabA::Frame');
});

test('a full localStorage says so instead of "Saving…" for ever', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await appendToSiglist(page, 'prefix_signature_re.txt', 'my::NewPrefix');
  await expect(page.getByRole('status', { name: 'Draft' })).toHaveText(/^Edits not saved: browser storage is full\./);
});

test('a full IndexedDB still loads the fetched crashes, with a warning', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.request.get(`${FAKE_API}/__control?rateLimit=0&serverErrors=0&delayMs=0&malformed=0&retryAfter=0`);
  await page.goto('/');
  await page.getByText('Settings').click();
  await page.getByLabel('Crash Stats API URL').fill(`${FAKE_API}/api`);
  await page.getByLabel('Crash ids').fill([fixtureCrashId(160), fixtureCrashId(161)].join('\n'));
  await page.getByRole('button', { name: /^Fetch 2 from Crash Stats$/ }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('2 crashes', { timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Crash cache' })).toHaveText('Fetched crashes are loaded but not cached (browser storage is full): a reload fetches them again.');
});

test('a crash set saved by the older version (chunks of crashes) still comes back', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('siglab-crash-set');
      request.onupgradeneeded = () => request.result.createObjectStore('crashes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const crash = (n: number) => ({ id: `old-${n}`, origin: 'file', crash: { crashing_thread: 0, threads: [{ frames: [{ function: `Old${n}::Frame(int)` }] }] } });
    const store = db.transaction('crashes', 'readwrite').objectStore('crashes');
    store.put([crash(1), crash(2)], 'chunk-0');
    store.put([crash(3)], 'chunk-1');
    store.put({ version: 1, count: 3, chunks: 2, bytes: 300 }, 'meta');
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^3 crashes/);
  await showCrashes(page);
  await expect(page.locator('[data-crash-id="old-3"] [data-column="stock"]')).toHaveAttribute('title', 'Old3::Frame');
});
