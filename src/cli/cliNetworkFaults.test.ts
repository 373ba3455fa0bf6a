import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useLoopbackServers } from '../testing/loopbackServers.ts';
import { main } from './main.ts';

const ID = '11111111-2222-3333-4444-555555201124';
const { listen } = useLoopbackServers();

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign((async function* () {})(), { isTTY: true });
  const code = await main(argv, {
    stdin,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'siglab-cache-')), SOCORRO_API_TOKEN: 'secret-token' },
  });
  return { code, stdout, stderr };
}

describe('siglab signature against a hostile or dead API', () => {
  it('does not carry the token across a redirect (--api-url answering 302)', async () => {
    const stolen: IncomingHttpHeaders[] = [];
    const thief = await listen(createServer((req, res) => (stolen.push(req.headers), res.end('{}'))));
    const api = await listen(createServer((req, res) => res.writeHead(302, { Location: `http://localhost:${thief}${req.url}` }).end()));
    const { code, stderr } = await run(['signature', '--no-cache', '--api-url', `http://127.0.0.1:${api}/api`, ID]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${ID}: the API redirected to another host (localhost:${thief})`);
    expect(stolen).toEqual([]);
  });

  it('does not hang on a server that never answers', async () => {
    const silent = await listen(createServer(() => undefined));
    const { code, stderr } = await run(['signature', '--no-cache', '--timeout', '0.1', '--api-url', `http://127.0.0.1:${silent}/api`, ID]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${ID}: network error: no answer within 0.1 s`);
  });
});
