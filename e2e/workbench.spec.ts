import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { compileSiglists, convertProcessedCrash, createGenerator, SIGLIST_FILES, type SiglistTexts } from '../src/engine/index.ts';
import { createExperiment, encodeExperimentLink } from '../src/app/share/experiment.ts';
import { appendToSiglist, openCrashLoading, showCrashes, waitForResults } from './helpers.ts';

const OOM_CRASH = 'e0000002-0000-4000-8000-00000a261125';
const ABORT_CRASH = 'e0000004-0000-4000-8000-00000a261125';
const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

function stockLists(): SiglistTexts {
  const dir = join(import.meta.dirname, '..', 'public', 'siglists');
  return Object.fromEntries(SIGLIST_FILES.map((file) => [file, readFileSync(join(dir, file), 'utf8')])) as SiglistTexts;
}

function writeJsonl(name: string, items: readonly unknown[]): string {
  const file = join(tmpdir(), `siglab-${name}-${process.pid}.jsonl`);
  writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n'));
  return file;
}

async function loadExamples(page: Page, total = 10) {
  await page.getByRole('button', { name: 'Load examples' }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(new RegExp(`^${total} crashes`));
  await waitForResults(page);
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'irrelevant_signature_re.txt' })).toBeVisible();
});

test('panes are resizable and remembered; whole signatures, nothing scrolls sideways; stacked below 1100 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadExamples(page);
  await showCrashes(page);
  const separators = page.getByRole('separator');
  await expect(separators).toHaveCount(2);
  // Every signature line shows in full: wrapped, never cut with an ellipsis or clipped.
  const clipped = await page.locator('.sig-line').evaluateAll((lines) => lines.filter((line) => line.scrollWidth > line.clientWidth + 1).length);
  expect(clipped).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  const results = page.locator('[data-panel][id="results"]');
  const before = (await results.boundingBox())!.width;
  await separators.first().focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await results.boundingBox())!.width).toBeLessThan(before - 20);
  const resized = (await results.boundingBox())!.width;
  await page.reload();
  await expect.poll(async () => Math.round((await page.locator('[data-panel][id="results"]').boundingBox())!.width)).toBe(Math.round(resized));

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.locator('.workbench.stacked')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Crash detail' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('the Changes view lists a rename with counts, filters, and clicking it filters the crash table; exports say so', async ({ page }) => {
  await loadExamples(page);
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::MediaDecoder::Stop');
  const changes = page.getByRole('grid', { name: 'Signature changes' });
  const row = changes.getByRole('row').filter({ hasText: 'mozilla::MediaDecoder::Shutdown' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('renamed');
  await expect(row).toContainText('Abort | Unexpected state in Stop() | NS_DebugBreak | mozilla::MediaDecoder::Stop');
  await expect(page.getByRole('button', { name: /^Renamed/ })).toContainText('1');

  await page.getByLabel('Filter signatures').fill('no such signature');
  await expect(changes.getByRole('row')).toHaveCount(0);
  await page.getByLabel('Filter signatures').fill('MediaDecoder');
  await expect(changes.getByRole('row')).toHaveCount(1);

  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy changes as Markdown (for a PR)' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('| Before (stock lists) | After (edited lists) | Change | Crashes | Examples |');
  expect(markdown).toContain('| `Abort \\| Unexpected state in Stop() \\| NS_DebugBreak \\| mozilla::MediaDecoder::Stop` | `Abort \\| Unexpected state in Stop() \\| NS_DebugBreak \\| mozilla::MediaDecoder::Shutdown` | renamed | 1 |');
  expect(markdown).toContain('Filtered: text: "MediaDecoder"');
  await page.getByText('Export', { exact: true }).click();

  await row.click();
  await expect(page.getByRole('tab', { name: /^Crashes/ })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('grid', { name: 'Crash signatures' });
  await expect(table.getByRole('row')).toHaveCount(1);
  await expect(table.getByRole('row')).toHaveAttribute('data-crash-id', ABORT_CRASH);
  await expect(page.getByRole('status', { name: 'Crashes shown' })).toHaveText('1 of 10 crashes');
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Export' })).toContainText('Crash exports cover 1 of 10 crashes (filtered: stock');
  await expect(page.getByRole('button', { name: 'Export CSV (1)' })).toBeVisible();
  await page.getByText('Export', { exact: true }).click();

  // Production drift is flagged and filtered apart from the edit's changes.
  await page.getByRole('button', { name: 'Clear the pair or line filter' }).click();
  await page.getByLabel('Production drift only').check();
  const drifting = await table.getByRole('row').count();
  expect(drifting).toBeGreaterThan(0);
  await expect(table.getByRole('row').first().locator('.flag.drift')).toBeVisible();
});

test('the detail pane stacks the signatures, shows both traces, explains the fall-back, and frame actions insert escaped lines', async ({ page }) => {
  const frames = ['KiFastSystemCallRet', 'NtWaitForMultipleObjects', 'WaitForMultipleObjectsEx'];
  const file = writeJsonl('fallback', [{ uuid: 'all-irrelevant', crashing_thread: 0, threads: [{ frames: frames.map((name) => ({ function: name, module: 'ntdll.dll' })) }] }]);
  await page.getByLabel('Crash data files').setInputFiles(file);
  await showCrashes(page);
  await page.locator('[data-crash-id="all-irrelevant"]').click();
  const detail = page.getByRole('region', { name: 'Crash detail' });
  await expect(detail.getByRole('region', { name: 'Trace with stock lists' })).toBeVisible();
  await expect(detail.getByRole('region', { name: 'Trace with edited lists' })).toBeVisible();
  await expect(detail.getByRole('region', { name: 'Trace with stock lists' }).locator('.walk-summary.fallback')).toContainText(
    'Every frame of thread 0 was dropped (irrelevant or empty), so the signature falls back to the first frame of the walk: "KiFastSystemCallRet"',
  );
  await detail.getByText('Edited only').click();
  await expect(detail.getByRole('region', { name: 'Trace with stock lists' })).toHaveCount(0);
  // Rule names open their explanation.
  await detail.getByRole('button', { name: 'SignatureGenerationRule' }).click();
  await expect(page.getByRole('dialog', { name: 'Rules' })).toBeVisible();
  await expect(page.locator('#rule-SignatureGenerationRule')).toBeFocused();
  await page.keyboard.press('Escape');

  await loadExamples(page, 11);
  await showCrashes(page);
  await page.locator(`[data-crash-id="${OOM_CRASH}"]`).click();
  await expect(detail.locator('dt').filter({ hasText: 'Production' })).toContainText('drift');
  const frame = detail.getByRole('region', { name: 'Trace with edited lists' }).locator('li.frame').filter({ hasText: 'mozilla::gfx::SourceSurfaceAlignedRawData::Init' }).first();
  await frame.getByLabel(/Actions for frame/).click();
  await frame.getByRole('button', { name: 'Make prefix' }).click();
  // The line went into the prefix list, escaped for Python re, and the editor is there.
  await expect(page.locator('#siglist-editor')).toHaveAttribute('data-file', 'prefix_signature_re.txt');
  await expect(page.locator('#siglist-editor .jump-highlight')).toHaveCount(1);
  await expect(detail.locator('dd').nth(2)).toContainText('mozilla::gfx::SourceSurfaceAlignedRawData::Init | mozilla::gfx::Factory::CreateDataSourceSurface');
  // The draft is saved after a short pause.
  await expect
    .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('siglab.draft.v1') ?? '{}') as { files?: Record<string, string> }).files?.['prefix_signature_re.txt'] ?? ''))
    .toMatch(/\nmozilla::gfx::SourceSurfaceAlignedRawData::Init\n$/);
});

test('the editor saves exactly what was typed (no suggestion accepted by Enter), keeps the final newline, and marks line usage', async ({ page }) => {
  await loadExamples(page);
  const stock = stockLists()['irrelevant_signature_re.txt'];
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::gfx::SourceSurfaceAlignedRawData::Init');
  await page.keyboard.press('Enter');
  await page.keyboard.type('mozilla::MediaDecoder::Stop');
  await expect(page.getByRole('status', { name: 'Draft' })).toHaveText('Edits saved locally');
  await expect(page.locator('.suggest-widget.visible')).toHaveCount(0);
  const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('siglab.draft.v1') ?? '{}') as { files: Record<string, string> });
  expect(draft.files['irrelevant_signature_re.txt']).toBe(`${stock}mozilla::gfx::SourceSurfaceAlignedRawData::Init\nmozilla::MediaDecoder::Stop\n`);

  // Tab leaves the editor unless the user chooses "Tab inserts a tab": on the toolbar and by Ctrl+M, announced.
  const toggle = page.getByRole('button', { name: /Tab inserts a tab/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+m');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.editors [role="status"]')).toHaveText('Tab now inserts a tab in the editor.');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.editors [role="status"]')).toHaveText('Tab now moves focus out of the editor.');

  // Usage in place: the new line decided one frame of one crash; click it to list that crash.
  await waitForResults(page);
  const lastLine = page.locator('#siglist-editor .view-line').filter({ hasText: 'mozilla::MediaDecoder::Stop' });
  const usage = lastLine.locator('.siglab-usage');
  await expect(async () => {
    await page.locator('#siglist-editor .monaco-editor').first().hover();
    await page.mouse.wheel(0, 5000);
    await expect(usage).toBeVisible({ timeout: 500 });
  }).toPass();
  expect(await usage.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"  1 frame · 1 crash"');
  await expect(page.locator('#siglist-editor .siglab-unused').first()).toBeAttached();
  await usage.click();
  await expect(page.getByRole('tab', { name: /^Crashes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.scope-chip')).toContainText('decided by irrelevant_signature_re.txt:');
  await expect(page.getByRole('grid', { name: 'Crash signatures' }).getByRole('row')).toHaveCount(1);
});

test('never loses work: reload after Copy link keeps later edits, a link asks before replacing a draft, crashes survive a reload', async ({ page, browser }) => {
  await loadExamples(page);
  await appendToSiglist(page, 'prefix_signature_re.txt', 'first::Edit');
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status', { name: 'Share status' })).toContainText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByText('Share', { exact: true }).click();
  await appendToSiglist(page, 'prefix_signature_re.txt', '\nlater::Edit');
  await expect(page.getByRole('status', { name: 'Draft' })).toHaveText('Edits saved locally');
  await page.reload();
  const draftOf = () => page.evaluate(() => (JSON.parse(localStorage.getItem('siglab.draft.v1') ?? '{}') as { files?: Record<string, string> }).files?.['prefix_signature_re.txt'] ?? '');
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  expect(await draftOf()).toContain('later::Edit');
  // The crash set came back from IndexedDB, with its size.
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^10 crashes/);
  await expect(page.getByRole('status', { name: 'Crash set' })).toContainText('10 loaded · ');

  // Someone else's link, with a different draft here: the person chooses.
  const stock = stockLists();
  const theirs = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}their::Line\n` };
  const other = encodeExperimentLink(createExperiment(stock, theirs, [ID], false, null));
  await page.goto(`/${other}`);
  const dialog = page.getByRole('dialog', { name: 'This link has other siglist edits than your draft' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my draft' }).click();
  expect(await draftOf()).toContain('later::Edit');
  expect(page.url()).not.toContain('#x=');
  await page.goto(`/${other}`);
  await dialog.getByRole('button', { name: 'Use the link (replaces my draft)' }).click();
  await expect(page.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toBeVisible();
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ }).locator('.modified')).toHaveCount(0);

  // A link carries every crash id that has one, and the examples as a flag.
  expect(link).toContain('#x=');
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('status', { name: 'Summary' })).toContainText(/^10 crashes/);

  page.once('dialog', (question) => void question.accept());
  await openCrashLoading(page);
  await page.getByRole('button', { name: 'Clear crashes' }).click();
  await expect(page.getByRole('status', { name: 'Crash set' })).toHaveText('0 loaded');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Crash set' })).toHaveText('0 loaded');
});

test('a processed crash with original_signature signs like the CLI, and crashes without an id are said not to travel', async ({ page }) => {
  const processed = {
    uuid: ID,
    signature: 'new | signature',
    original_signature: 'an older signature',
    product: 'Firefox',
    os_name: 'Windows NT',
    json_dump: { crash_info: { crashing_thread: 0, type: 'EXCEPTION_ACCESS_VIOLATION_READ' }, threads: [{ frames: [{ function: 'KiFastSystemCallRet', module: 'ntdll.dll' }, { function: 'mozilla::dom::Foo::Bar(int)', module: 'xul.dll' }] }] },
  };
  const expected = createGenerator(compileSiglists(stockLists())).generate(convertProcessedCrash(processed)).signature;
  expect(expected).toBe('mozilla::dom::Foo::Bar');
  const file = writeJsonl('processed', [processed, { crashing_thread: 0, threads: [{ frames: [{ function: 'local' }] }] }]);
  await page.getByLabel('Crash data files').setInputFiles(file);
  await showCrashes(page);
  await expect(page.locator(`[data-crash-id="${ID}"] [data-column="stock"]`)).toHaveAttribute('title', expected);
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status', { name: 'Share status' })).toContainText('1 crashes from files have no Crash Stats id and cannot travel in a link');
});

test('a big file loads with a progress bar and consistent counts', async ({ page }) => {
  const crash = (n: number) => ({ uuid: `load-${n}`, crashing_thread: 0, threads: [{ frames: [{ function: `Frame${n % 50}::Run(int)`, module: 'xul.dll' }, { function: 'main' }] }] });
  const file = writeJsonl('load', Array.from({ length: 60_000 }, (_, n) => crash(n)));
  await page.getByLabel('Crash data files').setInputFiles(file);
  const progress = page.getByRole('status', { name: 'Loading crashes' });
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/Reading siglab-load-\d+\.jsonl: [\d,]+ crashes/);
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('60,000 crashes', { timeout: 60_000 });
  await expect(page.getByRole('status', { name: 'Crash set' })).toContainText('60,000 loaded');
  await expect(progress).toHaveCount(0);
  // The file itself was kept in IndexedDB: a reload reads it again, same set, same signatures.
  await showCrashes(page);
  const lastRow = page.locator('[data-crash-id="load-0"] [data-column="stock"]');
  await expect(lastRow).toHaveAttribute('title', 'Frame0::Run');
  // The status says when the file is stored for the next visit.
  await expect(page.getByRole('status', { name: 'Crash set' })).toHaveText(/^60,000 loaded · [\d.]+ (MB|KB) kept in this browser$/, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('60,000 crashes', { timeout: 60_000 });
  await expect(page.getByRole('status', { name: 'Crash set' })).toContainText('60,000 loaded');
  await showCrashes(page);
  await expect(lastRow).toHaveAttribute('title', 'Frame0::Run');
});

test('keyboard: one Tab stop per table, arrows move the selection, ? lists the shortcuts', async ({ page }) => {
  await loadExamples(page);
  await showCrashes(page);
  const table = page.getByRole('grid', { name: 'Crash signatures' });
  await table.focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('row').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Crash detail' }).locator('h2')).toHaveText('e0000002-0000-4000-8000-00000a261125');
  await page.keyboard.press('End');
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-selected', 'true');
  await expect(table.locator('[tabindex]')).toHaveCount(0);

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Toggle whether Tab inserts a tab (off: Tab moves focus out of the editor)');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    };
    await check('empty app');
    await loadExamples(page);
    await check('examples loaded');
    await showCrashes(page);
    await page.locator(`[data-crash-id="${ABORT_CRASH}"]`).click();
    await expect(page.getByRole('region', { name: 'Trace with edited lists' })).toBeVisible();
    await check('crash selected');
  });
}
