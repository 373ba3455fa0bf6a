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
 */
import { parseArgs } from 'node:util';
import { createFakeCrashStatsServer } from './createFakeCrashStatsServer.ts';
import { loadFixtureCrashes } from './fixtureCrashes.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4180' }, fixtures: { type: 'string' } } });
const crashes = loadFixtureCrashes(values.fixtures);
const server = await createFakeCrashStatsServer(crashes, Number(values.port));
console.log(`fake Crash Stats: ${server.url}/api (${crashes.size} crashes)`);
