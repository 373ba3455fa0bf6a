import { expect, test, type Page } from '@playwright/test';
import { fixtureCrashId } from '../scripts/fake-crash-stats/fixtureCrashes.ts';
import { processedCrashRequests, searchLog, useFakeApi, WEB_UI_URL } from './fakeCrashStats.ts';
import { appendToSiglist, openCrashLoading, showCrashes, waitForResults } from './helpers.ts';

const FAKE_GITHUB = `http://127.0.0.1:${process.env.SIGLAB_FAKE_GITHUB_PORT ?? 4190}`;

test.describe.configure({ timeout: 120_000 });

async function useFakeGitHub(page: Page) {
  await page.request.get(`${FAKE_GITHUB}/__control?remaining=60`);
  await openCrashLoading(page);
  const panel = page.locator('details.review-pr');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').first().click();
  await panel.getByText('GitHub endpoints').click();
  await panel.getByLabel('GitHub API URL').fill(FAKE_GITHUB);
  await panel.getByLabel('GitHub raw files URL').fill(`${FAKE_GITHUB}/raw`);
  return panel;
}

type Draft = { files?: Record<string, string>; lists?: { pr?: number } };
const draftOf = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('siglab.draft.v1') ?? '{}') as Draft);

/** A typed prefix line, saved as the draft; then Load PR #7301 from the fake GitHub. */
async function typeThenLoadPr(page: Page) {
  await useFakeApi(page);
  await appendToSiglist(page, 'prefix_signature_re.txt', 'my::Typed::Prefix');
  await expect(page.getByRole('status', { name: 'Draft' })).toHaveText('Edits saved locally');
  const panel = await useFakeGitHub(page);
  await panel.getByLabel('socorro pull request').fill('7301');
  await panel.getByRole('button', { name: 'Load PR' }).click();
  return panel;
}

test('Load PR asks before replacing typed edits, "keep" re-applies them, a replace can be undone, and a reload keeps the review', async ({ page }) => {
  const panel = await typeThenLoadPr(page);

  const question = page.getByRole('dialog', { name: /^Load PR #7301 .* over your edits\?$/ });
  await expect(question).toContainText('Your edits change 1 line in 1 list (prefix_signature_re.txt); they would be lost.');
  await question.getByRole('button', { name: 'Keep my edits and re-apply them on the new lists' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('PR #7301: stock lists from mozilla-services/socorro@b45e00000000');
  await expect(page.getByRole('status', { name: 'Lists replaced' })).toContainText('with your edits re-applied');
  await expect.poll(async () => (await draftOf(page)).files?.['prefix_signature_re.txt'] ?? '').toContain('my::Typed::Prefix');
  // The lists the draft was made on are saved with it, as the draft is (after a pause).
  await expect.poll(async () => (await draftOf(page)).lists?.pr).toBe(7301);

  // Replacing loses the edits, says how many, and Undo brings the review back.
  await panel.getByRole('button', { name: 'Stock = socorro main today' }).click();
  const again = page.getByRole('dialog', { name: 'Load socorro main over your edits?' });
  await again.getByRole('button', { name: 'Replace my edits' }).click();
  await expect(page.getByRole('status', { name: 'Lists replaced' })).toContainText(/Loaded socorro main: your edits \(\d+ lines? in \d lists?\) were replaced\./);
  await expect(panel.getByTestId('list-source')).toContainText('stock lists from mozilla-services/socorro@a1a100000000');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('list-source')).toContainText('PR #7301');
  await expect.poll(async () => (await draftOf(page)).files?.['prefix_signature_re.txt'] ?? '').toContain('my::Typed::Prefix');
  await expect.poll(async () => (await draftOf(page)).lists?.pr).toBe(7301);

  // A reload finds the same review: the PR's lists are read again (cached), with the typed line.
  await page.reload();
  const reloaded = page.locator('details.review-pr');
  await expect(reloaded.getByTestId('list-source')).toContainText('PR #7301: stock lists from mozilla-services/socorro@b45e00000000, edited lists from contributor/socorro@bead00000000');
  await expect(reloaded.getByLabel('socorro pull request')).toHaveValue('7301');
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  expect((await draftOf(page)).files?.['prefix_signature_re.txt']).toContain('my::Typed::Prefix');
});

test('"Open in a new tab" puts the PR in a tab of its own and leaves this tab\'s edits alone', async ({ page, context }) => {
  const panel = await typeThenLoadPr(page);
  const opened = context.waitForEvent('page');
  await page.getByRole('dialog', { name: /^Load PR #7301/ }).getByRole('button', { name: 'Open in a new tab' }).click();
  const tab = await opened;
  await expect(tab.locator('details.review-pr').getByTestId('list-source')).toContainText('PR #7301: stock lists from mozilla-services/socorro@b45e00000000', { timeout: 30_000 });
  // This tab is as it was, and its draft was not touched by the other one.
  await expect(panel.getByTestId('list-source')).toContainText('the ones this Siglab pins');
  const draft = await draftOf(page);
  expect(draft.lists).toBeUndefined();
  expect(draft.files?.['prefix_signature_re.txt']).toContain('my::Typed::Prefix');
});

test('Tab never edits a siglist: 40 presses from the top leave every list unchanged; Alt+1 puts the caret where typing works', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#siglist-editor .monaco-editor')).toBeVisible();
  await page.locator('h1').click();
  for (let press = 0; press < 40; press++) await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => localStorage.getItem('siglab.draft.v1'))).toBeNull();
  await expect(page.locator('.tab .modified')).toHaveCount(0);

  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('typed::AfterAltOne');
  await expect.poll(async () => Object.values((await draftOf(page)).files ?? {}).join('')).toContain('typed::AfterAltOne');
});

test('a link opened in a fresh browser shows the sender’s crashes, changes, tab, filter and selection with no click', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await useFakeApi(page);
  // Three crashes by id, and 1,500 signed in fast mode from a Super Search (two requests).
  await page.getByLabel('Crash ids').fill([0, 1, 2].map(fixtureCrashId).join('\n'));
  await page.getByRole('button', { name: /^Fetch 3 from Crash Stats$/ }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^3 crashes/);
  await openCrashLoading(page);
  // The cache is measured again when Settings opens: the three crashes just fetched are in it.
  await page.getByText('Settings', { exact: true }).click();
  await page.getByText('Settings', { exact: true }).click();
  await expect(page.getByRole('status', { name: 'Cache size' })).toContainText('Cache: 3 crashes');
  await page.getByText('Fast mode: sign a Super Search from its columns').click();
  const fast = page.locator('details.fast-search');
  await fast.getByLabel('Super Search URL').fill(WEB_UI_URL);
  await fast.getByLabel('Crashes to load').fill('1500');
  await fast.getByRole('button', { name: 'Sign from Super Search columns' }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^1,503 crashes/, { timeout: 60_000 });
  await appendToSiglist(page, 'prefix_signature_re.txt', 'mozilla');
  await waitForResults(page);
  const summary = (await page.getByRole('status', { name: 'Summary' }).textContent()) ?? '';
  expect(summary).toMatch(/^1,503 crashes · [1-9][\d,]* crash(es)? changed by the edit/);
  await showCrashes(page);
  await page.getByLabel('Changed only').check();
  const first = page.locator('[data-crash-id]').first();
  const selected = (await first.getAttribute('data-crash-id')) as string;
  await first.click();
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await (await browser.newContext()).newPage();
  await useFakeApi(fresh);
  await fresh.goto(link);
  await expect(fresh.getByRole('status', { name: 'Link crashes' })).toBeVisible();
  await expect(fresh.getByRole('status', { name: 'Summary' })).toHaveText(summary, { timeout: 60_000 });
  await expect(fresh.getByRole('status', { name: 'Link crashes' })).toContainText("The link's crashes are in");
  await expect(fresh.getByRole('tab', { name: /^Crashes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(fresh.getByLabel('Changed only')).toBeChecked();
  await expect(fresh.getByRole('region', { name: 'Crash detail' }).locator('h2')).toHaveText(selected);
  // The search came back as one request a page, not 1,500 ProcessedCrash requests.
  expect((await searchLog(fresh)).length).toBe(2);
  expect(await processedCrashRequests(fresh)).toBe(3);
});

test('after the lists change, a filter that matches nothing is cleared; an edit that changes nothing points to the affected crashes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load examples' }).click();
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::gfx::SourceSurfaceAlignedRawData::Init');
  await waitForResults(page);
  await page.getByRole('tab', { name: /^Changes/ }).click();
  // Enter on a Changes row opens its crashes, and the keyboard focus goes to the crash table with them.
  await page.getByRole('grid', { name: 'Signature changes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.scope-chip')).toContainText('Pair:');
  await expect(page.getByRole('grid', { name: 'Crash signatures' })).toBeFocused();
  await page.locator('[data-crash-id]').first().click();
  const selected = await page.getByRole('region', { name: 'Crash detail' }).locator('h2').textContent();

  page.once('dialog', (question) => void question.accept());
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.getByRole('status', { name: 'Filters' })).toContainText('Filter cleared');
  await expect(page.locator('.scope-chip')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Crashes/ })).toContainText('20');
  await expect(page.getByRole('region', { name: 'Crash detail' }).locator('h2')).toHaveText(selected as string);

  // An edit that changes none of the loaded crashes says where to look next.
  await appendToSiglist(page, 'prefix_signature_re.txt', 'no::Such::Frame');
  await waitForResults(page);
  await page.getByRole('tab', { name: /^Changes/ }).click();
  await expect(page.locator('.changes .empty')).toContainText('The edit changes no signature of the 20 loaded crashes.');
  await page.getByRole('button', { name: 'Find crashes this edit affects' }).click();
  await expect(page.locator('#affected-crashes')).toHaveAttribute('open', '');
  await expect(page.locator('#affected-crashes summary')).toBeFocused();
});

test('at 1024×768 the results get the room: the loading panel folds, a Changes row is above the fold, and the panes keep their state across a resize', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByRole('tab', { name: 'prefix_signature_re.txt' }).click();
  await page.getByRole('button', { name: 'Load examples' }).click();
  await expect(page.locator('details.crash-sources')).not.toHaveAttribute('open', '');
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::gfx::SourceSurfaceAlignedRawData::Init');
  await page.getByRole('tab', { name: 'signature_sentinels.txt' }).click();

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByRole('tab', { name: 'signature_sentinels.txt' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('details.crash-sources')).not.toHaveAttribute('open', '');
  await page.getByRole('tab', { name: /^Changes/ }).click();
  const row = page.getByRole('grid', { name: 'Signature changes' }).getByRole('row').first();
  await expect(row).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await row.boundingBox();
  expect(box && box.y + 20).toBeLessThan(768);

  // Opened on demand, and still open after going back to the wide layout.
  await openCrashLoading(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('details.crash-sources')).toHaveAttribute('open', '');
  await expect(page.getByRole('tab', { name: 'signature_sentinels.txt' })).toHaveAttribute('aria-selected', 'true');
});

test('counts name their unit, split rows show their bucket, signatures wrap only at " | ", traces sit side by side with unread frames folded', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Load examples' }).click();
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::gfx::SourceSurfaceAlignedRawData::Init');
  await waitForResults(page);
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^20 crashes · 1 crash changed by the edit · 20 → 20 signatures/);
  await expect(page.getByRole('tab', { name: /^Changes/ })).toContainText('1 pair');

  await showCrashes(page);
  // Every frame of every signature stays on one line unless the frame alone is wider than its column;
  // the text is the signature, separators included.
  const wrapping = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-crash-id] .signature')].map((signature) => {
      const tokens = [...signature.querySelectorAll<HTMLElement>('.frame-token')];
      // The room the signature has: its own box (its parent's is wider by the padding).
      const width = signature.clientWidth;
      const broken = tokens.filter((token) => {
        const lineHeight = parseFloat(getComputedStyle(token).lineHeight) || 18;
        if (token.offsetHeight <= lineHeight * 1.5) return false;
        // Wrapped inside: only allowed when the frame alone is wider than the column.
        token.style.whiteSpace = 'nowrap';
        const natural = token.scrollWidth;
        token.style.whiteSpace = '';
        return natural <= width;
      });
      return { text: signature.textContent, title: signature.closest('[title]')?.getAttribute('title') ?? signature.textContent, broken: broken.length };
    }),
  );
  expect(wrapping.length).toBeGreaterThan(0);
  for (const cell of wrapping) {
    expect(cell.broken).toBe(0);
    expect(cell.text).toBe(cell.title);
  }

  await page.locator('[data-crash-id]').nth(1).click();
  const traces = page.locator('.traces-2 > .trace');
  await expect(traces).toHaveCount(2);
  const [stockBox, editedBox] = [await traces.nth(0).boundingBox(), await traces.nth(1).boundingBox()];
  expect(Math.abs((stockBox?.y ?? 0) - (editedBox?.y ?? 1))).toBeLessThan(2);
  const folded = traces.nth(0).locator('.frame.folded');
  if ((await folded.count()) > 0) {
    await expect(folded.first()).toContainText(/\d+ frames not looked at/);
    const before = await traces.nth(0).locator('.frame').count();
    await folded.first().getByRole('button').click();
    expect(await traces.nth(0).locator('.frame').count()).toBeGreaterThan(before);
  }
});

test('Alt+U on a comment line says it decides nothing; a repeated line is flagged', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load examples' }).click();
  // The irrelevant list has no repeated line of its own (the stock prefix list has one, rightly flagged).
  await appendToSiglist(page, 'irrelevant_signature_re.txt', '# just a comment');
  await page.keyboard.press('Alt+u');
  await expect(page.getByRole('status', { name: 'Line' })).toContainText('is a comment or blank: it decides no frame.');
  await expect(page.getByRole('tab', { name: /^Changes/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('my::Repeated\nmy::Repeated');
  await expect(page.locator('#siglist-editor .squiggly-warning')).toHaveCount(1);
});
