import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer, type FakeCrashStats } from '../../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { createSyntheticSearchCrashes } from '../../../scripts/fake-crash-stats/syntheticSearchCrashes.ts';
import { main } from '../main.ts';

let server: FakeCrashStats;
beforeAll(async () => {
  const searchCrashes = createSyntheticSearchCrashes({ count: 3000, from: '2026-10-01T00:00:00Z', days: 10 });
  server = await createFakeCrashStatsServer(new Map(), 0, { searchCrashes });
});
afterAll(() => server.close());

async function run(argv: string[], stdinText = '') {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign((async function* () {
    if (stdinText) yield stdinText;
  })(), { isTTY: !stdinText });
  // A token raises the fake's rate limit like the real one's (the fake accepts only this one).
  const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'siglab-cache-')), SOCORRO_API_TOKEN: 'valid-token' };
  const code = await main(argv, { stdin, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env });
  return { code, stdout, stderr };
}

const searchUrl = () => `${server.url}/api/SuperSearch/?product=Firefox&date=>=2026-10-01&date=<2026-10-11&_sort=date`;
const signatures = (stdout: string) => new Map(stdout.trim().split('\n').map((line) => JSON.parse(line) as { crashid: string; new: string }).map((row) => [row.crashid, row.new]));

describe('siglab signature --fast --url', () => {
  it('signs a search from its columns exactly like from the full crashes, fetching only what needs the full crash', async () => {
    server.log.length = 0;
    const fast = await run(['signature', '--fast', '--url', searchUrl(), '--num', '80', '--format', 'json']);
    expect(fast.code).toBe(0);
    const fastLog = [...server.log];
    const needed = fast.stderr.split('\n').filter((line) => line.startsWith('needs full crash: '));
    expect(fastLog.filter((entry) => entry.path === '/api/SuperSearch/')).toHaveLength(1);
    expect(fastLog.filter((entry) => entry.path === '/api/ProcessedCrash/')).toHaveLength(needed.length);
    expect(fast.stderr).toMatch(/fast mode: \d+ of 80 signed from Super Search columns/);

    const full = await run(['signature', '--url', searchUrl(), '--num', '80', '--format', 'json']);
    expect(full.code).toBe(0);
    expect(signatures(fast.stdout)).toEqual(signatures(full.stdout));
    expect(signatures(fast.stdout).size).toBe(80);
  });

  it('needs --url', async () => {
    expect((await run(['signature', '--fast'])).code).toBe(2);
  });
});

describe('siglab signify --input supersearch', () => {
  it('signs hits line by line and marks those that need the full crash', async () => {
    const hits = [
      { uuid: 'a', proto_signature: 'KiFastSystemCallRet | nsFoo::Bar', crashing_thread: 0, signature: 'nsFoo::Bar' },
      { uuid: 'b', proto_signature: 'nsFoo::Bar', ipc_channel_error: 'ShutDownKill' },
      { uuid: 'c', signature: 'EMPTY: no frame data available' },
    ];
    const { code, stdout } = await run(['signify', '--jsonl', '--input', 'supersearch'], hits.map((hit) => JSON.stringify(hit)).join('\n'));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ uuid: 'a', signature: 'nsFoo::Bar' });
    expect(lines[1]).toMatchObject({ uuid: 'b', needs_full_crash: true, reason: expect.stringContaining('additional_minidumps') });
    expect(lines[2]).toMatchObject({ uuid: 'c', needs_full_crash: true, reason: expect.stringContaining('mdsw_status_string') });
  });
});
