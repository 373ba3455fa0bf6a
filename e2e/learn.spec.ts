import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_CRASHES } from '../src/app/crashes/exampleCrashes.ts';
import { DEFAULT_RULESET } from '../src/engine/index.ts';
import { signFast, useFakeApi } from './fakeCrashStats.ts';
import { showCrashes, waitForResults } from './helpers.ts';

const OOM_SMALL = 'e0000001-0000-4000-8000-00000a261125';
const ABORT = 'e0000004-0000-4000-8000-00000a261125';
const RUST_PANIC = 'e0000009-0000-4000-8000-00000a261125';
const STACK_OVERFLOW = 'e000000e-0000-4000-8000-00000a261125';

async function loadExamples(page: Page) {
  await page.getByRole('button', { name: 'Load examples' }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(new RegExp(`^${EXAMPLE_CRASHES.length} crashes`));
  await waitForResults(page);
  await showCrashes(page);
}

/**
 * Selects a crash with the crash table's keys (the table is virtualised: far rows are not in the
 * page). `position`: its row in load order (an example's by default).
 */
async function selectCrash(page: Page, id: string, position = EXAMPLE_CRASHES.findIndex((example) => example.id === id)) {
  const table = page.getByRole('grid', { name: 'Crash signatures' });
  await table.focus();
  await page.keyboard.press('Home');
  for (let step = 0; step < position; step++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('region', { name: 'Crash detail' }).locator('h2')).toHaveText(id);
}

/** Selects a crash and opens its step-through. */
async function stepThrough(page: Page, id: string, position?: number) {
  await selectCrash(page, id, position);
  const detail = page.getByRole('region', { name: 'Crash detail' });
  await detail.getByRole('button', { name: 'Step through' }).click();
  const stepper = detail.getByRole('region', { name: 'Step through' });
  await expect(stepper).toBeVisible();
  return stepper;
}

const editedSignature = (page: Page, id: string) => page.locator(`[data-crash-id="${id}"] [data-column="edited"]`).getAttribute('title');

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  // The editor's chunk is most of the app: on a busy machine it takes a while.
  await expect(page.getByRole('tab', { name: 'irrelevant_signature_re.txt' })).toBeVisible({ timeout: 30_000 });
});

test('stepping to the last step shows the engine’s signature, for every example crash', async ({ page }) => {
  await loadExamples(page);
  for (const { id } of EXAMPLE_CRASHES) {
    const stepper = await stepThrough(page, id);
    await stepper.getByRole('button', { name: 'Next step' }).click();
    await page.keyboard.press('End');
    await expect(stepper.getByLabel('Signature so far')).toHaveText((await editedSignature(page, id)) ?? '');
    // The last step is the last rule.
    await expect(stepper.getByRole('article', { name: 'Current step' }).getByRole('heading')).toContainText('SigTruncate');
  }
});

test('the step-through moves with buttons and keys, highlights the siglist line and the frame, and hides rules that changed nothing', async ({ page }) => {
  await loadExamples(page);
  const stepper = await stepThrough(page, RUST_PANIC);
  const position = stepper.getByText(/^Step \d+ of \d+$/);
  await expect(position).toHaveText(/^Step 1 of \d+$/);
  await expect(stepper.getByLabel('Signature so far')).toHaveText('');

  await stepper.getByRole('button', { name: 'Next step' }).click();
  await expect(position).toHaveText(/^Step 2 of/);
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(/^Step 3 of/);
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(/^Step 2 of/);
  await page.keyboard.press('End');
  await expect(stepper.getByLabel('Signature so far')).toHaveText('webrender::renderer::Renderer::update_texture_cache');
  await page.keyboard.press('Home');
  await expect(position).toHaveText(/^Step 1 of/);
  await stepper.getByRole('button', { name: 'Last step' }).click();
  await stepper.getByRole('button', { name: 'First step' }).click();
  await stepper.getByRole('button', { name: 'Previous step' }).click();
  await expect(position).toHaveText(/^Step 1 of/);

  // The sentinel search names its line: the sentinel list's tab comes forward, with the line highlighted.
  const steps = stepper.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('button', { name: /Sentinel at frame 2/ }).click();
  await expect(page.getByRole('tab', { name: 'signature_sentinels.txt' })).toHaveAttribute('aria-selected', 'true');
  // (A line that wraps shows its highlight on each of its rows.)
  await expect(page.locator('#siglist-editor .jump-highlight').first()).toBeVisible();
  const frames = stepper.getByRole('region', { name: 'Trace frames' });
  await expect(frames.locator('li[aria-current="true"]')).toHaveText('core::panicking::panic_fmt');

  // A walk step: the irrelevant line that dropped the frame, its matched span, the tests in order.
  await steps.getByRole('button', { name: /Frame 3: dropped \(irrelevant\)/ }).click();
  await expect(page.getByRole('tab', { name: 'irrelevant_signature_re.txt' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#siglist-editor .jump-highlight').first()).toBeVisible();
  const current = stepper.getByRole('article', { name: 'Current step' });
  await expect(current.locator('mark')).toHaveText('core::result::unwrap_failed');
  const tests = current.getByRole('list', { name: "Tests, in the walk's order" }).getByRole('listitem');
  await expect(tests.nth(0)).toHaveText('Empty? No.');
  await expect(tests.nth(1)).toContainText('Irrelevant? Yes: dropped. irrelevant_signature_re:');
  await expect(frames.locator('li[aria-current="true"]')).toHaveText('core::result::unwrap_failed');

  // A normalisation step: the raw function, each change that applied, and what the walk sees.
  await steps.getByRole('button', { name: /^\d+ Frame 2: normalise \(\d+ changes?\)/ }).click();
  await expect(current).toContainText('core::panicking::panic_fmt::h2c6ab54a3f29f2b5');
  const changes = current.getByRole('list', { name: 'Normalisation steps' }).getByRole('listitem');
  await expect(changes.first().locator('del')).toHaveText('core::panicking::panic_fmt::h2c6ab54a3f29f2b5');
  await expect(changes.last().locator('ins')).toHaveText('core::panicking::panic_fmt');
  await expect(current.locator('code.frame-code')).toHaveText('core::panicking::panic_fmt');

  // A rule step has no siglist line: the highlight goes. It shows the fields it read and the signature before → after.
  await steps.getByRole('button', { name: /^\d+ SignatureGenerationRule/ }).click();
  await expect(page.locator('#siglist-editor .jump-highlight')).toHaveCount(0);
  await expect(current.getByRole('table').first()).toContainText('java_stack_trace');
  await expect(current.locator('.before-after del')).toHaveText('""');
  await expect(current.locator('.before-after ins')).toContainText('webrender::renderer::Renderer::update_texture_cache');

  // The stock lists' trace, stepped the same way.
  await stepper.getByText('Stock lists').click();
  await page.keyboard.press('End');
  await expect(stepper.getByLabel('Signature so far')).toHaveText((await page.locator(`[data-crash-id="${RUST_PANIC}"] [data-column="stock"]`).getAttribute('title')) ?? '');
  await stepper.getByText('Edited lists').click();

  const total = Number((await position.textContent())?.match(/of (\d+)/)?.[1]);
  await stepper.getByLabel('Hide rules that changed nothing').check();
  await expect(position).not.toHaveText(new RegExp(`of ${total}$`));
  await expect(steps.getByRole('button', { name: /BadHardware/ })).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(stepper.getByLabel('Signature so far')).toHaveText('webrender::renderer::Renderer::update_texture_cache');
});

test('every decision cites its evidence, and the sentinel-irrelevant fall-back names the sentinel frame', async ({ page }) => {
  await loadExamples(page);
  const detail = page.getByRole('region', { name: 'Crash detail' });
  await selectCrash(page, OOM_SMALL);
  const edited = detail.getByRole('region', { name: 'Trace with edited lists' });
  await expect(edited.getByRole('list', { name: 'Why OOMSignature fired' })).toContainText('oom_allocation_size = 65536, ≤ 262144 (256 KiB)? yes');
  await expect(edited.getByRole('list', { name: 'Skipped rules' })).toContainText('BadHardware reason = "EXCEPTION_BREAKPOINT", contains "STATUS_DEVICE_DATA_ERROR"? no');

  await selectCrash(page, STACK_OVERFLOW);
  await expect(edited.locator('li.frame.decision-not-reached').first()).toContainText('Not looked at: the walk had stopped at frame 1.');
  await expect(edited.locator('.walk-summary')).toContainText('The stack is deeper than the 40 frames the walk reads');

  // Example e0000009 after "Make irrelevant" on update_texture_cache: the sentinel frame is itself irrelevant.
  await selectCrash(page, RUST_PANIC);
  await edited.locator('li.frame').filter({ hasText: 'webrender::renderer::Renderer::update_texture_cache' }).getByLabel(/Actions for frame/).click();
  await edited.getByRole('button', { name: 'Make irrelevant' }).click();
  await expect(edited.locator('.walk-summary.fallback')).toContainText('falls back to the first frame of the walk (the sentinel): "core::panicking::panic_fmt" — frame 2.');
  const stepper = await stepThrough(page, RUST_PANIC);
  await stepper.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /every frame dropped, fall back to frame 2/ }).click();
  await expect(stepper.getByRole('article', { name: 'Current step' })).toContainText('the sentinel frame, though it is itself dropped');
  await expect(stepper.getByLabel('Signature so far')).toHaveText('core::panicking::panic_fmt');
});

test('Why not? explains a line part by part and gives the closest reason', async ({ page, request }) => {
  const prefix = (await (await request.get('/siglists/prefix_signature_re.txt')).text()).split('\n');
  const elementAt = prefix.findIndex((line) => line.trim() === 'ElementAt') + 1;
  await loadExamples(page);
  await selectCrash(page, ABORT);
  await page.getByRole('region', { name: 'Crash detail' }).getByRole('button', { name: 'Why not?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Why not?' });
  await dialog.getByLabel('Siglist file').selectOption('prefix_signature_re.txt');
  await dialog.getByLabel('Siglist line').selectOption(String(elementAt));
  await dialog.getByLabel('Frame', { exact: true }).selectOption({ label: 'Type a function name…' });
  await dialog.getByLabel('Function name').fill('nsTArray_Impl<int, nsTArrayInfallibleAllocator>::ElementAt(unsigned long)');
  const answer = dialog.getByRole('region', { name: 'Answer' });
  await expect(answer).toContainText('Does not match the frame "nsTArray_Impl<T>::ElementAt" with re.match.');
  await expect(answer.getByRole('listitem').first()).toContainText('re.match only tries at the start of the frame, and the pattern matches later, at character 18');
  await expect(answer).toContainText('The text "ElementAt", exactly (case matters).');

  // A frame from the trace that the walk never reached.
  await dialog.getByLabel('Frame', { exact: true }).selectOption({ label: 'frame 3: mozilla::MediaDecoder::Shutdown' });
  await dialog.getByLabel('Siglist file').selectOption('irrelevant_signature_re.txt');
  await expect(answer).toContainText('The walk never looked at this frame: it had stopped earlier at frame 2 ("mozilla::MediaDecoder::Stop")');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the Rules dialog says in how many crashes each rule fired, and a click filters the crash table', async ({ page }) => {
  await loadExamples(page);
  await page.getByRole('button', { name: 'Rules', exact: true }).click();
  const rules = page.getByRole('dialog', { name: 'Rules' });
  for (const rule of DEFAULT_RULESET) {
    await expect(rules.locator(`#rule-${rule.name}`)).toContainText(/fired in [1-9]\d* crash/);
  }
  await expect(rules.locator('#rule-SigFixWhitespace')).toContainText(`fired in ${EXAMPLE_CRASHES.length} crashes`);
  await rules.locator('#rule-OOMSignature').getByRole('button', { name: 'fired in 2 crashes' }).click();
  await expect(rules).toHaveCount(0);
  await expect(page.getByText('Rule: OOMSignature fired')).toBeVisible();
  await expect(page.locator('[data-crash-id]')).toHaveCount(2);
});

test('a lesson is solved by typing its answer, its progress is kept, and the draft is untouched', async ({ page }) => {
  await page.getByRole('button', { name: 'Lessons' }).click();
  const lessons = page.getByRole('dialog', { name: 'Lessons' });
  await lessons.getByRole('button', { name: /Irrelevant frames/ }).click();
  const check = lessons.getByRole('status', { name: 'Task check' });
  await expect(check).toHaveText('Add a line to irrelevant_signature_re.txt.');
  await lessons.getByRole('button', { name: 'Show a hint' }).click();
  await expect(lessons.getByRole('list', { name: 'Hints' })).toContainText('only stores a pointer');
  // Written against the raw name: frames are normalised first, so it matches nothing.
  await lessons.getByLabel('Your line for irrelevant_signature_re.txt').fill('nsCOMPtr_base::assign_with_AddRef\\(nsISupports\\*\\)');
  await expect(check).toHaveText('Not yet: the crash’s signature is nsCOMPtr_base::assign_with_AddRef | mozilla::net::nsHttpChannel::OnStartRequest.');
  await lessons.getByLabel('Your line for irrelevant_signature_re.txt').fill('nsCOMPtr_');
  await expect(check).toHaveText('Solved: the crash’s signature is now mozilla::net::nsHttpChannel::OnStartRequest.');

  // A prediction: the answer is the signature itself.
  await lessons.getByRole('button', { name: /What a signature is/ }).click();
  await lessons.getByLabel('Your answer: the signature').fill('mozilla::dom::HTMLSelectElement::IsOptionDisabled(mozilla::dom::HTMLOptionElement*)');
  await expect(check).toHaveText('Not yet: the engine gives another signature.');
  await lessons.getByLabel('Your answer: the signature').fill('mozilla::dom::HTMLSelectElement::IsOptionDisabled');
  await expect(check).toHaveText('Solved: that is the signature the engine gives.');
  await expect(lessons.getByText('2 of 9 solved')).toBeVisible();

  await page.keyboard.press('Escape');
  // The lesson's lists are its own: the draft has no edit.
  await expect(page.getByRole('tab', { name: /irrelevant_signature_re\.txt/ }).locator('.modified')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Lessons' }).click();
  await expect(lessons.getByText('2 of 9 solved')).toBeVisible();
  await lessons.getByRole('button', { name: /Irrelevant frames/ }).click();
  await expect(lessons.getByLabel('Your line for irrelevant_signature_re.txt')).toHaveValue('nsCOMPtr_');
  await expect(lessons.getByRole('button', { name: /Irrelevant frames/ }).getByLabel('solved')).toBeVisible();
});

test('a link to a step opens at that step', async ({ page, browser }) => {
  await loadExamples(page);
  const stepper = await stepThrough(page, ABORT);
  for (let step = 1; step < 7; step++) await stepper.getByRole('button', { name: 'Next step' }).click();
  await expect(stepper.getByText(/^Step \d+ of \d+$/)).toHaveText(/^Step 7 of/);
  const soFar = await stepper.getByLabel('Signature so far').textContent();
  const heading = await stepper.getByRole('article', { name: 'Current step' }).getByRole('heading').textContent();
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  const opened = fresh.getByRole('region', { name: 'Step through' });
  // The link loads its crashes first (with no click), then opens the crash at the step.
  await expect(opened.getByText(/^Step \d+ of \d+$/)).toHaveText(/^Step 7 of/, { timeout: 30_000 });
  await expect(opened.getByLabel('Signature so far')).toHaveText(soFar ?? '');
  await expect(opened.getByRole('article', { name: 'Current step' }).getByRole('heading')).toHaveText(heading ?? '');
});

test('the step-through works for fast-mode crashes, from their proto_signature', async ({ page }) => {
  await useFakeApi(page);
  await signFast(page, 20);
  await expect(page.getByText(/^20 crashes · /)).toBeVisible({ timeout: 60_000 });
  await showCrashes(page);
  const signed = page.locator('[data-crash-id]').filter({ hasNot: page.locator('.needs-full') }).first();
  const id = (await signed.getAttribute('data-crash-id')) as string;
  const stepper = await stepThrough(page, id, Number(await signed.getAttribute('data-index')));
  await expect(stepper.getByRole('navigation', { name: 'Steps' })).toContainText('frames from proto_signature');
  await stepper.getByRole('button', { name: 'Last step' }).click();
  await expect(stepper.getByLabel('Signature so far')).toHaveText((await editedSignature(page, id)) ?? '');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the step-through and a lesson open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    };
    await loadExamples(page);
    const stepper = await stepThrough(page, OOM_SMALL);
    await check('step-through, first step');
    await stepper.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /OOMSignature/ }).click();
    await check('step-through, a rule step');
    await stepper.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Frame 0: dropped/ }).click();
    await check('step-through, a walk step');
    await stepper.getByRole('button', { name: /Why not\? Test a siglist line/ }).click();
    await check('why not');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lessons' }).click();
    const lessons = page.getByRole('dialog', { name: 'Lessons' });
    await lessons.getByRole('button', { name: /Sentinels/ }).click();
    await lessons.getByRole('button', { name: 'Show a hint' }).click();
    await lessons.getByRole('button', { name: 'Show the solution' }).click();
    await check('a lesson');
  });
}
