import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createExperiment, encodeExperimentLink } from '../src/app/share/experiment.ts';
import { EMPTY_SIGLIST_TEXTS } from '../src/engine/siglists/compileSiglists.ts';
import { SIGLIST_FILES, type SiglistTexts } from '../src/engine/types.ts';

const FILE = 'irrelevant_signature_re.txt';

async function stockLists(request: import('@playwright/test').APIRequestContext): Promise<SiglistTexts> {
  const texts = { ...EMPTY_SIGLIST_TEXTS } as Record<string, string>;
  for (const file of SIGLIST_FILES) texts[file] = await (await request.get(`/siglists/${file}`)).text();
  return texts as unknown as SiglistTexts;
}

function crashFile(name: string, functions: readonly string[]): string {
  const file = join(tmpdir(), `siglab-${name}-${process.pid}.jsonl`);
  writeFileSync(file, functions.map((fn, n) => JSON.stringify({ uuid: `${name}-${n}`, crashing_thread: 0, threads: [{ frames: [{ function: fn }, { function: 'main' }] }] })).join('\n'));
  return file;
}

test.describe.configure({ timeout: 180_000 });

test('a runaway line after 100 benign new lines is the one named, with its crash', async ({ page, request }) => {
  const stock = await stockLists(request);
  const benign = Array.from({ length: 100 }, (_, i) => `Benign${i}::Frame`).join('\n');
  const edited = { ...stock, [FILE]: `${stock[FILE]}${benign}\n(a+)+$\n` };
  const line = edited[FILE].split('\n').indexOf('(a+)+$') + 1;
  await page.goto(`/${encodeExperimentLink(createExperiment(stock, edited, [], false, null))}`);
  await expect(page.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  await page.getByLabel('Crash data files').setInputFiles(crashFile('runaway', ['nsFine::Frame', `${'a'.repeat(34)}b`, 'nsOther::Frame']));

  const alert = page.getByRole('alert').filter({ hasText: 'was stopped' });
  await expect(alert).toContainText(`The line at fault: ${FILE}:${line} (a+)+$ — it backtracks catastrophically on crash runaway-1.`, { timeout: 120_000 });
  await expect(alert).not.toContainText('Benign');
});

test('a crafted function name that made the stock line .*framework.*\\.oat backtrack for seconds signs at once, without the watchdog', async ({ page }) => {
  await page.goto('/');
  // 900 KB: the quadratic match would run for about a minute, well past the 10 s watchdog.
  await page.getByLabel('Crash data files').setInputFiles(crashFile('crafted', ['nsFine::Frame', 'framework'.repeat(100_000)]));
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('2 crashes');
  await page.getByRole('tab', { name: /^Crashes/ }).click();
  // SigTruncate's cut of the name: the stock line no longer matches it slowly (it does not match at all).
  await expect(page.locator('[data-crash-id="crafted-1"] [data-column="stock"]')).toHaveAttribute('title', `${'framework'.repeat(28)}...`);
  await expect(page.getByRole('alert').filter({ hasText: 'was stopped' })).toHaveCount(0);
});
