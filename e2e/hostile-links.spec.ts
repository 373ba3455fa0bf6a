import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createPatch } from 'diff';
import LZString from 'lz-string';
import { craftLinkBomb } from '../src/app/share/craftLinkBomb.testkit.ts';

const linkOf = (value: unknown) => `/#x=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
const twoFilePatch = createPatch('a', 'p\n', 'q\n') + createPatch('b', 'p\n', 'q\n');
const experiment = { version: 1, patches: { 'prefix_signature_re.txt': twoFilePatch }, crashIds: [], changedOnly: false, selected: null };

test('a link whose patch makes jsdiff throw is refused, the app stays up and the fragment goes', async ({ page }) => {
  await page.goto(linkOf(experiment));
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be opened' })).toContainText('is not a valid patch (applyPatch only works with a single input.)');
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe('');
  await page.reload();
  await expect(page.getByRole('tab', { name: /prefix_signature_re\.txt/ })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
});

test('a decompression bomb link is refused quickly and the tab survives', async ({ page }) => {
  await page.goto(`/#x=${craftLinkBomb(100_000)}`);
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be opened' })).toContainText('it is too large (it expands past the limit).');
  await expect(page.getByRole('button', { name: 'Load examples' })).toBeEnabled();
});

test('an experiment file says what is really wrong with it', async ({ page }) => {
  const shape = join(tmpdir(), `siglab-shape-${process.pid}.json`);
  const patch = join(tmpdir(), `siglab-patch-${process.pid}.json`);
  writeFileSync(shape, JSON.stringify({ hello: 'world' }));
  writeFileSync(patch, JSON.stringify(experiment));
  await page.goto('/');
  await page.getByText('Share', { exact: true }).click();
  await page.getByLabel('Open experiment file').setInputFiles(shape);
  const alert = page.getByRole('alert').filter({ hasText: 'This experiment file could not be opened' });
  await expect(alert).toContainText('it is not an experiment (it has no "version" field).');
  await expect(page.getByRole('status', { name: 'Share status' })).not.toContainText('invalid JSON');
  await page.getByLabel('Open experiment file').setInputFiles(patch);
  await expect(alert).toContainText('is not a valid patch');
});
