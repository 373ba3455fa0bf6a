import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { showCrashes } from './helpers.ts';
import { EXAMPLE_CRASHES } from '../src/app/crashes/exampleCrashes.ts';

const FAKE_API = `http://127.0.0.1:${process.env.SIGLAB_FAKE_API_PORT ?? 4180}`;
/** Bidirectional formatting characters and other controls: none may reach the page's text raw. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('the preview server sends a CSP that forbids framing, nosniff and a Referrer-Policy, on the page and its assets', async ({ page, request, baseURL }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(await response.text())?.[1] as string;
  expect((await request.get(script)).headers()['x-content-type-options']).toBe('nosniff');

  // A page on another origin cannot frame it: Chromium puts its error page in the frame instead.
  await page.goto(`${FAKE_API}/__log`);
  await page.setContent(`<iframe title="framed" src="${baseURL}/" width="800" height="600"></iframe>`);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  await expect.poll(() => framed?.url(), { timeout: 15_000 }).toBe('chrome-error://chromewebdata/');
  expect(await framed?.locator('#root').count()).toBe(0);
});

/** axe finds nothing in either colour scheme. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${state}, ${scheme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
}

/** Storage as a browser that blocks site data has it: localStorage and sessionStorage throw, IndexedDB refuses to open (page and worker). */
async function denyStorage(page: Page): Promise<void> {
  const deny = () => {
    const refuse = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage']) if (name in globalThis) Object.defineProperty(globalThis, name, { get: refuse, configurable: true });
    if (typeof IDBFactory !== 'undefined') IDBFactory.prototype.open = refuse;
  };
  await page.addInitScript(deny);
  // Workers get no init script: the engine worker's module gets the same start.
  await page.route(/\/assets\/engine\.worker[^/]*\.js$/, async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: `(${deny.toString()})();\n${await original.text()}` });
  });
}

test('with browser storage denied the app works without keeping anything, and says so', async ({ page }) => {
  await denyStorage(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Siglab hit an error' })).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Storage' })).toHaveText(
    'Browser storage is blocked for this page: edits, crashes and settings work but are not kept after it closes.',
  );
  await page.getByRole('button', { name: 'Load examples' }).click();
  await expect(page.getByRole('status', { name: 'Summary' })).toContainText(`${EXAMPLE_CRASHES.length} crashes`);
  await showCrashes(page);
  await page.locator('[data-crash-id]').first().click();
  await expect(page.getByRole('region', { name: 'Trace with edited lists' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Siglab hit an error' })).toHaveCount(0);
  expect(errors).toEqual([]);
  await expectAccessible(page, 'storage blocked');
});

test('bidi and other control characters in frames and signatures are shown escaped in the detail pane, and kept exact in the lists', async ({ page }) => {
  const file = join(tmpdir(), `siglab-bidi-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      uuid: 'b1d10000-0000-4000-8000-000000000001',
      signature: 'Evil\u202eexe.txt | x',
      json_dump: {
        crash_info: { crashing_thread: 0 },
        threads: [{ frames: [{ function: 'KiFastSystemCallRet' }, { function: 'nsDocShell::\u202etxt.exe::Load', module: 'xul.dll' }, { function: 'mozilla::\u2067Thing\u2069::Run\u001b[31m()' }] }],
      },
    }),
  );
  await page.goto('/');
  await page.getByLabel('Crash data files').setInputFiles(file);
  await showCrashes(page);
  await page.locator('[data-crash-id="b1d10000-0000-4000-8000-000000000001"]').click();
  const detail = page.getByRole('region', { name: 'Crash detail' });
  await expect(detail.getByRole('region', { name: 'Trace with edited lists' })).toBeVisible();

  expect(await detail.evaluate((element) => element.textContent ?? '')).not.toMatch(RAW_CONTROLS);
  const frame = detail.getByRole('region', { name: 'Trace with edited lists' }).locator('li.frame').nth(1);
  await expect(frame.locator('.frame-text')).toHaveText('nsDocShell::\\u202etxt.exe::Load');
  await expect(frame.locator('.frame-text .control-char')).toHaveAttribute('title', 'U+202E, a control character, shown escaped');
  await expect(detail.locator('dd').first()).toContainText('Evil\\u202eexe.txt | x');
  // The text after the mark reads left to right as written: "txt.exe::Load", never reversed.
  const boxes = await frame.locator('.frame-text').evaluate((element) => {
    const range = document.createRange();
    const text = element.lastChild as Text;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    return { first, last: range.getBoundingClientRect().left };
  });
  expect(boxes.first).toBeLessThan(boxes.last);
  await expectAccessible(page, 'controls shown escaped');

  // Adding the frame to a list adds it exactly as it is.
  await frame.getByLabel(/Actions for frame/).click();
  await frame.getByRole('button', { name: 'Add as sentinel' }).click();
  await expect
    .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('siglab.draft.v1') ?? '{}') as { files?: Record<string, string> }).files?.['signature_sentinels.txt'] ?? ''))
    .toContain('\nnsDocShell::\u202etxt.exe::Load\n');
});
