import { defineConfig } from '@playwright/test';

// Overridable so several checkouts can run their e2e tests side by side.
const PORT = Number(process.env.SIGLAB_E2E_PORT ?? 4173);
export const FAKE_API_PORT = Number(process.env.SIGLAB_FAKE_API_PORT ?? 4180);
export const FAKE_GITHUB_PORT = Number(process.env.SIGLAB_FAKE_GITHUB_PORT ?? 4190);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores: one browser at a time keeps timings honest.
  workers: 1,
  timeout: 60_000,
  // The editor's chunk (Monaco) can take more than 5 s to start on a busy 2-core machine.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The fake Crash Stats API the data tests point the app at.
      command: `npx tsx scripts/fake-crash-stats/serve.ts --port ${FAKE_API_PORT}`,
      url: `http://127.0.0.1:${FAKE_API_PORT}/__log`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The fake GitHub (one socorro PR, main, the 60/hour limit) for PR review.
      command: `npx tsx scripts/fake-github/serve.ts --port ${FAKE_GITHUB_PORT}`,
      url: `http://127.0.0.1:${FAKE_GITHUB_PORT}/__log`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
