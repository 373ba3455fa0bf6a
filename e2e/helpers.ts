import { expect, type Page } from '@playwright/test';

/** Types at the end of a siglist file in the Monaco editor (the last, empty line). */
export async function appendToSiglist(page: Page, file: string, text: string): Promise<void> {
  await page.getByRole('tab', { name: file }).click();
  await expect(page.locator('#siglist-editor')).toHaveAttribute('data-file', file);
  const editor = page.locator('#siglist-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await scrollEditorToEnd(page);
}

/** Headless Chromium does not always paint Monaco's revealed last lines until the editor scrolls. */
export async function scrollEditorToEnd(page: Page): Promise<void> {
  await page.locator('#siglist-editor .monaco-editor').first().hover();
  await page.mouse.wheel(0, 5000);
}

/** Number of lines Monaco shows for a text (a trailing newline opens one more line). */
export function lineCountOf(text: string): number {
  return text.split('\n').length;
}

/** Switches the results to the crash table. */
export async function showCrashes(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Crashes/ }).click();
  await expect(page.locator('[aria-label="Crash signatures"]')).toBeVisible();
}

/** Waits until the results show the latest run. */
export async function waitForResults(page: Page): Promise<void> {
  await expect(page.locator('.stale')).toHaveCount(0);
}

/** Reads every row of the virtualised results table by scrolling through it. */
export async function readResultRows(page: Page): Promise<Map<string, { stock: string; edited: string }>> {
  await showCrashes(page);
  return page.evaluate(async () => {
    const body = document.querySelector('.tbody') as HTMLElement;
    const rows = new Map<string, { stock: string; edited: string }>();
    body.scrollTop = 0;
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const row of body.querySelectorAll<HTMLElement>('[data-crash-id]')) {
        const cell = (column: string) => row.querySelector<HTMLElement>(`[data-column="${column}"]`)?.title ?? '';
        rows.set(row.dataset.crashId as string, { stock: cell('stock'), edited: cell('edited') });
      }
      if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) break;
      body.scrollTop += body.clientHeight - 40;
    }
    return [...rows];
  }).then((entries) => new Map(entries));
}

/** Opens the "Load crashes" panel, which folds to one line once crashes are loaded. */
export async function openCrashLoading(page: Page): Promise<void> {
  const panel = page.locator('details.crash-sources');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').first().click();
  await expect(panel).toHaveAttribute('open', '');
}
