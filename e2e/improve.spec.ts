import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appendToSiglist, showCrashes, waitForResults } from './helpers.ts';

/** Windows crashes parked on a condition variable: the wait frames are irrelevant, so all sign as CondVar::Wait. */
const windowsCrash = (uuid: string, ...functions: string[]) => ({ uuid, crashing_thread: 0, os: 'Windows NT', threads: [{ frames: functions.map((fn) => ({ function: fn, module: 'xul.dll' })) }] });
const WAIT = ['NtWaitForAlertByThreadId', 'RtlSleepConditionVariableSRW', 'SleepConditionVariableSRW', 'mozilla::detail::ConditionVariableImpl::wait', 'mozilla::CondVar::Wait'];
const TASKS = ['mozilla::TaskController::ProcessPendingMTTask', 'nsThread::ProcessNextEvent', 'NS_ProcessNextEvent'];
const WORKER = ['mozilla::dom::WorkerPrivate::DoRunLoop', 'mozilla::dom::workerinternals::WorkerThreadPrimaryRunnable::Run'];
const SYNC_IPC = ['NtWaitForAlertByThreadId', 'mozilla::ipc::MessageChannel::WaitForSyncNotify', 'mozilla::CondVar::Wait', 'mozilla::ipc::MessageChannel::Send'];
const id = (n: number) => `c0ffee${String(n).padStart(2, '0')}-4f50-4a61-8b72-839400261125`;
const BUCKET = 'mozilla::CondVar::Wait';

function crashFile(): string {
  const crashes = [
    ...[0, 1, 2].map((n) => windowsCrash(id(n), ...WAIT, ...TASKS)),
    ...[3, 4].map((n) => windowsCrash(id(n), ...WAIT, ...WORKER)),
    windowsCrash(id(5), ...SYNC_IPC),
    windowsCrash(id(6), 'mozilla::dom::Element::SetAttr', 'nsContentUtils::SetNodeTextContent'),
  ];
  const file = join(tmpdir(), `siglab-condvar-${process.pid}.jsonl`);
  writeFileSync(file, crashes.map((crash) => JSON.stringify(crash)).join('\n'));
  return file;
}

async function loadCrashes(page: Page) {
  await page.getByLabel('Crash data files').setInputFiles(crashFile());
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(/^7 crashes/);
  await waitForResults(page);
}

async function openBucketFromChanges(page: Page) {
  await page.getByRole('tab', { name: /^Changes/ }).click();
  await page.getByRole('button', { name: /^Everything/ }).click();
  await page.getByRole('grid', { name: 'Signature changes' }).getByRole('button', { name: BUCKET, exact: true }).click();
  const view = page.getByRole('dialog', { name: 'Bucket view' });
  await expect(view).toBeVisible();
  return view;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  // The editor is the biggest chunk: on a busy machine it takes a while.
  await expect(page.getByRole('tab', { name: 'irrelevant_signature_re.txt' })).toBeVisible({ timeout: 30_000 });
  await loadCrashes(page);
});

test('the bucket view shows the frames after the stop as a tree, with the top path and what was dropped above', async ({ page }) => {
  const view = await openBucketFromChanges(page);
  const walk = view.getByRole('region', { name: 'How the bucket is built' });
  await expect(walk).toContainText('Crashes5');
  await expect(walk).toContainText('Top path60%');
  await expect(walk).toContainText('2 distinct frames right after the stop');
  await expect(walk.locator('.branch-line').first()).toContainText('3 60%mozilla::TaskController::ProcessPendingMTTask');
  await expect(walk.locator('.branch.top-path .branch-frame')).toHaveText(['mozilla::TaskController::ProcessPendingMTTask', 'nsThread::ProcessNextEvent', 'NS_ProcessNextEvent']);
  await walk.getByRole('button', { name: 'Show the frames after mozilla::dom::WorkerPrivate::DoRunLoop' }).click();
  await expect(walk).toContainText('mozilla::dom::workerinternals::WorkerThreadPrimaryRunnable::Run');
  await expect(walk.locator('.dropped li').first()).toContainText('SleepConditionVariableSRW');
  await expect(walk.locator('.dropped')).toContainText('irrelevant (irrelevant_signature_re.txt:');
  // Also from the crash detail: the edited-lists signature opens it.
  await view.getByRole('button', { name: 'Close the bucket view' }).click();
  await showCrashes(page);
  await page.locator(`[data-crash-id="${id(5)}"]`).click();
  await page.getByRole('region', { name: 'Crash detail' }).getByRole('button', { name: 'mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait' }).click();
  await expect(page.getByRole('dialog', { name: 'Bucket view' })).toContainText('Crashes1');
});

test('a suggestion previews exactly, changes nothing until it is added, then goes into its list in one click', async ({ page }) => {
  const view = await openBucketFromChanges(page);
  const suggestions = view.getByRole('region', { name: 'Suggested edits' });
  const split = suggestions.getByRole('listitem', { name: `split: ${BUCKET}` });
  await expect(split).toContainText('Splits into 2 signatures:');
  await expect(split.locator('.preview-buckets li')).toHaveText([`3${BUCKET} | mozilla::TaskController::ProcessPendingMTTask`, `2${BUCKET} | mozilla::dom::WorkerPrivate::DoRunLoop`]);
  await split.getByText('Also changes 1 other loaded crash').click();
  await expect(split.locator('.others')).toContainText(`mozilla::ipc::MessageChannel::WaitForSyncNotify | ${BUCKET}`);
  await expect(split.locator('.others')).toContainText(id(5));
  const merge = suggestions.getByRole('listitem', { name: 'merge: mozilla::ipc::MessageChannel::WaitForSyncNotify' });
  await expect(merge).toContainText('2 signatures merge into one of 6 crashes:');
  // Nothing changed yet.
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('0 crashes changed by the edit');

  await split.getByRole('button', { name: 'Add to prefix_signature_re.txt' }).click();
  await expect(view).toBeHidden();
  await expect(page.locator('#siglist-editor')).toHaveAttribute('data-file', 'prefix_signature_re.txt');
  await expect(page.locator('#siglist-editor .monaco-editor .jump-highlight')).toBeVisible();
  await waitForResults(page);
  // The run agrees with the preview: the bucket split in two, and the one other crash changed.
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText('6 crashes changed by the edit · 3 → 4 signatures');
  await page.getByRole('tab', { name: /^Changes/ }).click();
  await page.getByRole('button', { name: /^Split/ }).click();
  await expect(page.getByRole('grid', { name: 'Signature changes' }).getByRole('row')).toHaveCount(2);
});

test('the quality panel compares stock and edited lists and loads its plot only when opened', async ({ page }) => {
  const plotChunks: string[] = [];
  page.on('request', (request) => {
    if (/SizePlot-.*\.js$/.test(request.url())) plotChunks.push(request.url());
  });
  await appendToSiglist(page, 'prefix_signature_re.txt', BUCKET);
  await waitForResults(page);
  expect(plotChunks).toEqual([]);
  await page.getByRole('button', { name: 'Quality', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Quality' });
  const row = (label: string) => panel.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row('Signatures')).toContainText('Signatures34');
  await expect(row('Singleton signatures')).toContainText('22');
  await expect(row('Biggest signature')).toContainText('71.4% (5)42.9% (3)');
  await expect(row('No dominant path')).toContainText('00');
  await expect(panel.getByRole('img', { name: 'Signature sizes, stock lists and edited lists' })).toBeVisible();
  expect(plotChunks).toHaveLength(1);
});

test('an expectation turns red after an edit and green after Reset; pasted socorro output is read too', async ({ page }) => {
  await showCrashes(page);
  await page.locator(`[data-crash-id="${id(3)}"]`).click();
  await page.getByRole('button', { name: 'expect this' }).click();
  const expectations = page.getByRole('region', { name: 'Expectations' });
  const pinned = expectations.locator(`[data-crash-id="${id(3)}"]`);
  await expect(pinned).toHaveAttribute('data-status', 'pass');
  await expect(expectations.getByRole('status', { name: 'Expectations summary' })).toHaveText('1 pass · 0 fail');

  await appendToSiglist(page, 'prefix_signature_re.txt', 'mozilla::CondVar::Wait');
  await expect(pinned).toHaveAttribute('data-status', 'fail');
  await expect(pinned).toContainText(`now ${BUCKET} | mozilla::dom::WorkerPrivate::DoRunLoop`);
  await expect(expectations.getByRole('status', { name: 'Expectations summary' })).toHaveText('0 pass · 1 fail');

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(pinned).toHaveAttribute('data-status', 'pass');

  await expectations.getByRole('button', { name: 'Paste expectations' }).click();
  await expectations.getByLabel(/JSON lines/).fill(`Crash id: bp-${id(5)}\nOriginal: x\nNew:      something else\nSame?:    False\n{"crash_id": "f00dfeed-4f50-4a61-8b72-839400261125", "signature": "x"}\n`);
  await expectations.getByRole('button', { name: 'Add expectations' }).click();
  await expect(expectations.locator(`[data-crash-id="${id(5)}"]`)).toHaveAttribute('data-status', 'fail');
  await expect(expectations.locator('[data-crash-id="f00dfeed-4f50-4a61-8b72-839400261125"]')).toHaveAttribute('data-status', 'missing');
  await expect(expectations.getByRole('status', { name: 'Expectations summary' })).toHaveText('1 pass · 1 fail · 1 not loaded');
  // Kept across a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Expectations' }).locator('.expectation')).toHaveCount(3);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the bucket view, the quality panel and expectations open (${colorScheme})`, async ({ page }) => {
    // Three full axe passes over a page with Monaco in it.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    const check = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    };
    const view = await openBucketFromChanges(page);
    await expect(view.getByRole('region', { name: 'Suggested edits' })).not.toContainText('Finding suggestions');
    await view.locator('.others summary').first().click();
    await check('bucket view');
    await view.getByRole('button', { name: 'Close the bucket view' }).click();
    await showCrashes(page);
    await page.locator(`[data-crash-id="${id(3)}"]`).click();
    await page.getByRole('button', { name: 'expect this' }).click();
    await appendToSiglist(page, 'prefix_signature_re.txt', 'mozilla::CondVar::Wait');
    await expect(page.getByRole('region', { name: 'Expectations' }).locator('[data-status="fail"]')).toHaveCount(1);
    await check('expectation failing');
    await page.getByRole('button', { name: 'Quality', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Quality' }).locator('.size-plot svg').first()).toBeVisible();
    await check('quality panel');
  });
}
