import { expect, test } from '@playwright/test';
import { appendToSiglist } from './helpers.ts';
import { searchLog, useFakeApi } from './fakeCrashStats.ts';

test.describe.configure({ timeout: 120_000 });

test('crashes this edit affects: builds a query per edited line and loads its crashes', async ({ page }) => {
  await useFakeApi(page);
  // A frame common in the fake's synthetic crashes.
  await appendToSiglist(page, 'irrelevant_signature_re.txt', 'mozilla::ipc::Worker14::Flush');
  await page.getByText('Crashes this edit affects').click();
  const panel = page.locator('details.affected-crashes');
  await panel.getByLabel('From').fill('2026-10-01');
  await panel.getByLabel('To').fill('2026-10-11');
  await panel.getByLabel('Crashes per line').fill('50');
  await panel.getByRole('button', { name: 'Find and load affected crashes' }).click();
  const query = panel.getByTestId('affected-query');
  await expect(query).toHaveCount(1);
  await expect(query).toContainText(/irrelevant_signature_re\.txt line \d+ added: mozilla::ipc::Worker14::Flush/);
  await expect(query).toContainText('proto_signature=@(.* \\| )?(mozilla::ipc::Worker14::Flush).*');
  await expect(query).toContainText(/50 of [\d,]+ crashes loaded/, { timeout: 30_000 });
  await expect(page.getByText(/^50 crashes · /)).toBeVisible({ timeout: 30_000 });
  const [search] = await searchLog(page);
  expect(search?.getAll('proto_signature')).toEqual(['@(.* \\| )?(mozilla::ipc::Worker14::Flush).*']);
  expect(search?.getAll('date')).toEqual(['>=2026-10-01', '<2026-10-11']);
});
