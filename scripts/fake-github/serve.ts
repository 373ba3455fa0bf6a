/**
 * `npx tsx scripts/fake-github/serve.ts [--port 4190]`
 *
 * Runs the fake GitHub (see createFakeGitHubServer.ts) with one socorro pull
 * request (fixtures.ts). API at http://127.0.0.1:<port>, raw files at
 * http://127.0.0.1:<port>/raw. GET /__control?remaining=0 starts the 403s;
 * GET /__log lists requests (?clear=1 forgets them).
 */
import { parseArgs } from 'node:util';
import { createFakeGitHubServer } from './createFakeGitHubServer.ts';
import { createFakeGitHubFixtures } from './fixtures.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4190' } } });
const server = await createFakeGitHubServer(createFakeGitHubFixtures(), Number(values.port));
console.log(`fake GitHub: ${server.apiUrl} (raw: ${server.rawUrl})`);
