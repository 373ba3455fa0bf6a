import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createExperiment, encodeExperimentLink } from '../src/app/share/experiment.ts';
import { EMPTY_SIGLIST_TEXTS } from '../src/engine/siglists/compileSiglists.ts';
import { SIGLIST_FILES, type SiglistTexts } from '../src/engine/types.ts';
import { appendToSiglist, showCrashes } from './helpers.ts';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

async function stockLists(request: import('@playwright/test').APIRequestContext): Promise<SiglistTexts> {
  const texts = { ...EMPTY_SIGLIST_TEXTS } as Record<string, string>;
  for (const file of SIGLIST_FILES) texts[file] = await (await request.get(`/siglists/${file}`)).text();
  return texts as unknown as SiglistTexts;
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a link restores the edits, the crash ids and the filter', async ({ page, browser }) => {
  await page.goto('/');
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::MediaDecoder::Stop');
  await page.getByLabel('Crash ids').fill(`bp-${ID}`);
  await showCrashes(page);
  await page.getByLabel('Changed only').check();
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status', { name: 'Share status' })).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#x=');
  // The link is not left in the address bar, where a reload would re-apply it.
  expect(page.url()).not.toContain('#x=');

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  await expect(fresh.getByLabel('Crash ids')).toHaveValue(ID);
  expect(fresh.url()).not.toContain('#x=');
  await showCrashes(fresh);
  await expect(fresh.getByLabel('Changed only')).toBeChecked();
  await fresh.getByRole('button', { name: 'Load examples' }).click();
  await expect(fresh.getByRole('status', { name: 'Summary' })).toContainText('1 crash changed');
});

test('a damaged or tampered link is refused with a reason', async ({ page }) => {
  await page.goto('/#x=this-is-not-a-real-link');
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be opened' })).toContainText('it is damaged');
  await expect(page.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toHaveCount(0);
});

test('a link with a catastrophic regex is stopped by the watchdog, names the line and keeps the edits', async ({ page, request }) => {
  test.setTimeout(90_000);
  const stock = await stockLists(request);
  const poison = '(a+)+$';
  const edited = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}${poison}\n` };
  const line = edited['irrelevant_signature_re.txt'].split('\n').length - 1;
  const file = join(tmpdir(), `siglab-poison-${process.pid}.jsonl`);
  writeFileSync(file, JSON.stringify({ uuid: 'poison', crashing_thread: 0, threads: [{ frames: [{ function: `${'a'.repeat(34)}b` }] }] }));

  await page.goto(`/${encodeExperimentLink(createExperiment(stock, edited, [], false, null))}`);
  await expect(page.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  await page.getByLabel('Crash data files').setInputFiles(file);

  const alert = page.getByRole('alert').filter({ hasText: 'was stopped' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(`The line at fault: irrelevant_signature_re.txt:${line} ${poison}`, { timeout: 60_000 });
  // The page still works, and the edits are still there.
  await page.getByRole('button', { name: 'Rules' }).click();
  await expect(page.getByRole('dialog', { name: 'Rules' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toBeVisible();
});

test('edits survive a reload, and Reset all asks first', async ({ page }) => {
  await page.goto('/');
  await appendToSiglist(page, 'prefix_signature_re.txt', 'my::NewPrefix');
  await expect(page.getByRole('status', { name: 'Draft' })).toHaveText('Edits saved locally');
  await page.reload();
  const tab = page.getByRole('tab', { name: /prefix_signature_re\.txt/ });
  await expect(tab.locator('.modified')).toBeVisible();

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(tab.locator('.modified')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(tab.locator('.modified')).toHaveCount(0);
});

test('exports CSV like upstream and copies a siglist patch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load examples' }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('10 crashes');
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('"crashid","old","new","same?","notes"');
  expect(lines).toHaveLength(11);

  await page.getByText('Export', { exact: true }).click();
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::MediaDecoder::Stop');
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy siglist patch' }).click();
  await expect(page.getByRole('status', { name: 'Export status' })).toHaveText('Patch copied.');
  const patch = await page.evaluate(() => navigator.clipboard.readText());
  expect(patch).toContain('diff --git a/socorro/signature/siglists/irrelevant_signature_re.txt b/socorro/signature/siglists/irrelevant_signature_re.txt');
  expect(patch).toContain('+mozilla::MediaDecoder::Stop');
});

test('the built app has a Content-Security-Policy and breaks none of it', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(event.violatedDirective));
  });
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  await page.getByRole('button', { name: 'Load examples' }).click();
  await showCrashes(page);
  await page.locator('[data-crash-id]').first().click();
  await expect(page.getByRole('region', { name: 'Trace with edited lists' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('a huge paste is refused with a message, a big .jsonl streams in', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Crash ids').evaluate((element, size) => {
    const textarea = element as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(textarea, 'x'.repeat(size));
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, 3_000_000);
  await expect(page.getByRole('alert').filter({ hasText: 'crash ids fit in far less' })).toBeVisible();
  await expect(page.getByLabel('Crash ids')).toHaveValue('');

  const file = join(tmpdir(), `siglab-big-${process.pid}.jsonl`);
  const crash = (n: number) => JSON.stringify({ uuid: `big-${n}`, crashing_thread: 0, threads: [{ frames: [{ function: `Frame${n % 50}::Run(int)`, module: 'xul.dll' }, { function: 'main' }] }] });
  writeFileSync(file, Array.from({ length: 20_000 }, (_, n) => crash(n)).join('\n'));
  await page.getByLabel('Crash data files').setInputFiles(file);
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('20,000 crashes', { timeout: 30_000 });
});
