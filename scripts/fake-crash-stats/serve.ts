/**
 * `npx tsx scripts/fake-crash-stats/serve.ts [--port 4180] [--fixtures crashes.jsonl]`
 *
 * Runs the fake Crash Stats API by hand or for Playwright. Point Siglab's
 * "Crash Stats API URL" at http://127.0.0.1:<port>/api. Misbehave on demand:
 *   GET /__control?rateLimit=20&retryAfter=1   next 20 requests answer 429
 *   GET /__control?serverErrors=3              next 3 answer 500
 *   GET /__control?delayMs=500                 every answer waits 0.5 s
 *   GET /__control?malformed=1                 next crash is broken JSON
 *   GET /__log                                 every request so far
 *   GET /__log?clear=1                         …and forget them
 * --search-crashes N adds N synthetic crashes (product Firefox) spread over
 * --search-days days from --search-from (default 25,000 over 2026-10-01…11),
 * reachable through Super Search and ProcessedCrash; 0 turns them off.
 */
import { parseArgs } from 'node:util';
import { createFakeCrashStatsServer } from './createFakeCrashStatsServer.ts';
import { loadFixtureCrashes } from './fixtureCrashes.ts';
import { createSyntheticSearchCrashes } from './syntheticSearchCrashes.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4180' },
    fixtures: { type: 'string' },
    'search-crashes': { type: 'string', default: '25000' },
    'search-from': { type: 'string', default: '2026-10-01T00:00:00Z' },
    'search-days': { type: 'string', default: '10' },
  },
});
const crashes = loadFixtureCrashes(values.fixtures);
const count = Number(values['search-crashes']);
const searchCrashes = count > 0 ? createSyntheticSearchCrashes({ count, from: values['search-from'], days: Number(values['search-days']) }) : undefined;
const server = await createFakeCrashStatsServer(crashes, Number(values.port), { searchCrashes });
console.log(`fake Crash Stats: ${server.url}/api (${crashes.size} crashes, ${count} more by search)`);
