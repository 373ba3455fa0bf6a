import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer, type FakeCrashStats } from '../../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { createSyntheticSearchCrashes } from '../../../scripts/fake-crash-stats/syntheticSearchCrashes.ts';
import { main } from '../main.ts';

let server: FakeCrashStats;
beforeAll(async () => {
  const searchCrashes = createSyntheticSearchCrashes({ count: 12_000, from: '2026-10-01T00:00:00Z', days: 10 });
  server = await createFakeCrashStatsServer(new Map(), 0, { searchCrashes });
});
afterAll(() => server.close());

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign((async function* () {})(), { isTTY: true });
  const code = await main(argv, { stdin, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
  return { code, stdout, stderr };
}

const WEB_URL =
  'https://crash-stats.mozilla.org/search/?product=Firefox&date=%3E%3D2026-10-01T00%3A00%3A00.000Z&date=%3C2026-10-11T00%3A00%3A00.000Z&_facets=signature&_sort=-date&_columns=signature#facet=signature';

describe('siglab fetch-crashids', () => {
  it('prints every crash id of a web UI search past the 10,000 window, sending it to --api-url', async () => {
    server.log.length = 0;
    const { code, stdout, stderr } = await run(['fetch-crashids', '--url', WEB_URL, '--num', '11000', '--api-url', `${server.url}/api`, '-v']);
    expect(code).toBe(0);
    const ids = stdout.trim().split('\n');
    expect(ids).toHaveLength(11_000);
    expect(new Set(ids).size).toBe(11_000);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(stderr).toMatch(/11000 crash ids in \d+ requests over \d+ date windows/);
    for (const entry of server.log) {
      const query = new URLSearchParams(entry.query);
      expect(query.getAll('_columns')).toEqual(['uuid']);
      expect(query.get('_facets')).toBeNull();
      expect(query.get('_sort')).toBe('-date');
      expect(query.get('product')).toBe('Firefox');
    }
  });

  it('uses an API URL’s own host and stops at --num', async () => {
    const { code, stdout } = await run(['fetch-crashids', '--url', `${server.url}/api/SuperSearch/?product=Firefox&date=>=2026-10-01&_results_number=3`, '--num', '5']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(5);
  });

  it('refuses a missing URL and a bad --num', async () => {
    expect((await run(['fetch-crashids'])).code).toBe(2);
    expect((await run(['fetch-crashids', '--url', WEB_URL, '--num', 'many'])).code).toBe(2);
  });
});
