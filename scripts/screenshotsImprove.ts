/**
 * Pictures of the bucket view, the quality panel and expectations for the README
 * (docs/bucket-*.png, docs/quality-*.png) at 1440×900 and 1024×768, light and
 * dark, in Debian's Chromium, on crashes parked on a condition variable.
 * Run: `npx vite build && npx tsx scripts/screenshotsImprove.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';

const PORT = Number(process.env.SIGLAB_SHOT_PORT ?? 4292);
const OUT = process.env.SIGLAB_SHOT_DIR ?? 'docs';
mkdirSync(OUT, { recursive: true });

const windowsCrash = (uuid: string, ...functions: string[]) => ({ uuid, crashing_thread: 0, os: 'Windows NT', threads: [{ frames: functions.map((fn) => ({ function: fn, module: 'xul.dll' })) }] });
const WAIT = ['NtWaitForAlertByThreadId', 'RtlSleepConditionVariableSRW', 'SleepConditionVariableSRW', 'mozilla::detail::ConditionVariableImpl::wait', 'mozilla::CondVar::Wait'];
const CALLERS = [
  ['mozilla::TaskController::ProcessPendingMTTask', 'nsThread::ProcessNextEvent', 'NS_ProcessNextEvent'],
  ['mozilla::dom::WorkerPrivate::DoRunLoop', 'mozilla::dom::workerinternals::WorkerThreadPrimaryRunnable::Run'],
  ['mozilla::MediaFormatReader::DecoderData::Flush', 'mozilla::TaskQueue::Runner::Run'],
  ['mozilla::net::nsSocketTransportService::Run', 'nsThread::ProcessNextEvent'],
];
const id = (n: number) => `c0ffee${String(n).padStart(2, '0')}-4f50-4a61-8b72-839400261125`;
const crashes = [
  ...Array.from({ length: 14 }, (_, n) => windowsCrash(id(n), ...WAIT, ...(CALLERS[n % 7 < 3 ? 0 : n % 7 < 5 ? 1 : n % 7 < 6 ? 2 : 3] as string[]))),
  windowsCrash(id(20), 'NtWaitForAlertByThreadId', 'mozilla::ipc::MessageChannel::WaitForSyncNotify', 'mozilla::CondVar::Wait', 'mozilla::ipc::MessageChannel::Send'),
  windowsCrash(id(21), 'mozilla::dom::Element::SetAttr', 'nsContentUtils::SetNodeTextContent'),
];
const file = join(tmpdir(), 'siglab-shots-condvar.jsonl');
writeFileSync(file, crashes.map((crash) => JSON.stringify(crash)).join('\n'));

async function shoot(page: Page, name: string) {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('tab', { name: 'irrelevant_signature_re.txt' }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Crash data files').setInputFiles(file);
  await page.getByRole('status', { name: 'Summary' }).filter({ hasText: /^16 crashes/ }).waitFor();
  await page.getByRole('tab', { name: /^Crashes/ }).click();
  await page.locator(`[data-crash-id="${id(3)}"]`).click();
  await page.getByRole('button', { name: 'expect this' }).click();
  await page.getByRole('region', { name: 'Crash detail' }).locator('.signature-button').click();
  const view = page.getByRole('dialog', { name: 'Bucket view' });
  await view.getByText('Best first').waitFor({ timeout: 60_000 });
  await view.locator('.others summary').first().click();
  await page.screenshot({ path: join(OUT, `bucket-${name}.png`) });
  await view.getByRole('button', { name: 'Add to prefix_signature_re.txt' }).first().click();
  await page.waitForFunction(() => !document.querySelector('.stale'));
  await page.getByRole('button', { name: 'Quality', exact: true }).click();
  await page.locator('.size-plot svg').first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(OUT, `quality-${name}.png`) });
}

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      await shoot(await context.newPage(), `${width}x${height}-${colorScheme}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
