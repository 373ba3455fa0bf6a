/**
 * Pictures of the built app for the README (docs/*.png; run `npx vite build && npx tsx scripts/screenshots.ts`):
 * the workbench with the examples loaded, an edit and a crash selected, and
 * the step-through of one crash, at 1440×900 and 1024×768, light and dark, in
 * Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';

const PORT = Number(process.env.SIGLAB_SHOT_PORT ?? 4291);
const OUT = process.env.SIGLAB_SHOT_DIR ?? 'docs';
mkdirSync(OUT, { recursive: true });

async function prepare(page: Page) {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Load examples' }).click();
  await page.getByRole('status', { name: 'Summary' }).filter({ hasText: /^20 crashes/ }).waitFor();
  // An edit that renames one signature: make the OOM example's last frame irrelevant.
  await page.getByRole('tab', { name: 'irrelevant_signature_re.txt' }).click();
  const editor = page.locator('#siglist-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('mozilla::gfx::SourceSurfaceAlignedRawData::Init');
  // Back to the start of the line, so the editor shows the lines from their beginning.
  await page.keyboard.press('Home');
  await page.waitForFunction(() => !document.querySelector('.change-list.stale'));
  await page.getByRole('tab', { name: /^Crashes/ }).click();
  await page.locator('[data-crash-id]').nth(1).click();
  await page.getByRole('region', { name: 'Crash detail' }).getByText('Stock lists', { exact: true }).first().waitFor();
}

/** The step-through of the Rust panic example, at the frame its irrelevant line drops (the line highlighted in the editor). */
async function stepThrough(page: Page) {
  const row = page.locator('[data-crash-id^="e0000009"]');
  while ((await row.count()) === 0) await page.locator('.tbody').evaluate((body) => (body.scrollTop += body.clientHeight / 2));
  await row.click();
  const detail = page.getByRole('region', { name: 'Crash detail' });
  await detail.getByRole('button', { name: 'Step through' }).click();
  await detail.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Frame 3: dropped \(irrelevant\)/ }).click();
  await page.locator('#siglist-editor .jump-highlight').waitFor();
  await detail.getByRole('region', { name: 'Step through' }).scrollIntoViewIfNeeded();
}

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      await prepare(page);
      await page.screenshot({ path: `${OUT}/workbench-${width}x${height}-${scheme}.png` });
      if (width === 1440 && scheme === 'light') {
        await page.getByRole('tab', { name: /^Changes/ }).click();
        await page.screenshot({ path: `${OUT}/changes-${width}x${height}-${scheme}.png` });
        await page.getByRole('tab', { name: /^Crashes/ }).click();
      }
      await stepThrough(page);
      await page.screenshot({ path: `${OUT}/step-through-${width}x${height}-${scheme}.png` });
      if (width === 1440) {
        await page.getByRole('button', { name: 'Lessons' }).click();
        const lessons = page.getByRole('dialog', { name: 'Lessons' });
        await lessons.getByRole('button', { name: /Irrelevant frames/ }).click();
        await lessons.getByLabel('Your line for irrelevant_signature_re.txt').fill('nsCOMPtr_base::');
        await lessons.getByText(/^Solved/).waitFor();
        await page.screenshot({ path: `${OUT}/lessons-${width}x${height}-${scheme}.png` });
      }
      await context.close();
      console.log(`${OUT}/workbench-${width}x${height}-${scheme}.png`);
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
