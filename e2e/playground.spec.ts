import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appendToSiglist, lineCountOf, readResultRows, scrollEditorToEnd, showCrashes, waitForResults } from './helpers.ts';

const ABORT_CRASH = 'e0000004-0000-4000-8000-00000a261125';
const PARITY_CASES = join(import.meta.dirname, '..', '..', 'shared', 'parity', 'cases.jsonl');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'irrelevant_signature_re.txt' })).toBeVisible();
});

test('an irrelevant-list edit changes the edited signature and the trace names the line', async ({ page, request }) => {
  await page.getByRole('button', { name: 'Load examples' }).click();
  await showCrashes(page);
  const row = page.locator(`[data-crash-id="${ABORT_CRASH}"]`);
  const edited = row.locator('[data-column="edited"]');
  await expect(edited).toHaveAttribute('title', 'Abort | Unexpected state in Stop() | NS_DebugBreak | mozilla::MediaDecoder::Stop');

  const stockText = await (await request.get('/siglists/irrelevant_signature_re.txt')).text();
  const line = lineCountOf(stockText);
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::MediaDecoder::Stop');

  await expect(edited).toHaveAttribute('title', 'Abort | Unexpected state in Stop() | NS_DebugBreak | mozilla::MediaDecoder::Shutdown');
  await expect(row.locator('[data-column="stock"]')).toHaveAttribute('title', 'Abort | Unexpected state in Stop() | NS_DebugBreak | mozilla::MediaDecoder::Stop');
  await expect(row.getByText('changed', { exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('1 crash changed');

  await row.click();
  const trace = page.getByRole('region', { name: 'Trace with edited lists' });
  const link = trace.getByRole('button', { name: `irrelevant_signature_re:${line}` });
  await expect(link).toBeVisible();
  await expect(trace.locator('li.frame').filter({ hasText: 'mozilla::MediaDecoder::Stop' }).first()).toContainText('Dropped: irrelevant frame.');

  // Following the link puts the editor on that line.
  await link.click();
  await expect(page.locator('#siglist-editor .jump-highlight')).toHaveCount(1);
});

test('an invalid regex gets a marker and the run reports it', async ({ page, request }) => {
  await page.getByRole('button', { name: 'Load examples' }).click();
  const stockText = await (await request.get('/siglists/prefix_signature_re.txt')).text();
  const line = lineCountOf(stockText);
  await appendToSiglist(page, 'prefix_signature_re.txt', 'foo(');

  const alert = page.getByRole('alert').filter({ hasText: 'invalid siglist line' });
  await expect(alert).toContainText(`prefix_signature_re.txt:${line}`);
  await expect(alert).toContainText('missing ), unterminated subpattern');
  await expect(async () => {
    await scrollEditorToEnd(page);
    await expect(page.locator('#siglist-editor .squiggly-error')).toHaveCount(1, { timeout: 500 });
  }).toPass();
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ }).locator('.badge.error')).toHaveText('1');
  // The run still happened, without that line.
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('10 crashes');
});

test('a .jsonl of processed crashes is signed exactly like the Python reference', async ({ page }) => {
  if (!existsSync(PARITY_CASES)) {
    if (process.env.CI === 'true') throw new Error(`parity cases missing at ${PARITY_CASES}`);
    test.skip(true, `PARITY CASES NOT FOUND at ${PARITY_CASES}: skipped`);
  }
  const seen = new Set<string>();
  const cases = readFileSync(PARITY_CASES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { input: { uuid: string }; signature: string })
    .filter((c) => !seen.has(c.input.uuid) && seen.add(c.input.uuid))
    .slice(0, 60);
  const file = join(tmpdir(), `siglab-e2e-${process.pid}.jsonl`);
  writeFileSync(file, cases.map((c) => JSON.stringify(c.input)).join('\n'));

  await page.getByLabel('Crash data files').setInputFiles(file);
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(`${cases.length} crashes`);
  await waitForResults(page);

  const rows = await readResultRows(page);
  expect(rows.size).toBe(cases.length);
  for (const c of cases) expect(rows.get(c.input.uuid)?.stock, c.input.uuid).toBe(c.signature);
});

test('Show changes diffs the edited list against stock, and Reset restores it', async ({ page }) => {
  await appendToSiglist(page, 'prefix_signature_re.txt', 'my::AddedPrefix');
  await page.getByLabel('Show changes').check();
  await expect(page.locator('#siglist-editor .monaco-diff-editor')).toBeVisible();
  await expect(page.locator('#siglist-editor .monaco-diff-editor').getByText('my::AddedPrefix')).toBeVisible();
  await page.getByLabel('Show changes').uncheck();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ }).locator('.modified')).toHaveCount(0);
});
