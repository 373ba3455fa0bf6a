import { createServer, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useLoopbackServers } from '../src/testing/loopbackServers.ts';
import { PROXY_PATH, PROXY_TARGET_HEADER } from '../src/crash-stats/proxy.ts';
import { forwardToCrashStats } from './crashStatsProxy.ts';

const { listen } = useLoopbackServers();

describe('the Crash Stats proxy', () => {
  it('does not follow a redirect to another host, so the token stays', async () => {
    const stolen: IncomingHttpHeaders[] = [];
    const thief = await listen(createServer((req, res) => (stolen.push(req.headers), res.end('{}'))));
    const api = await listen(createServer((req, res) => res.writeHead(302, { Location: `http://localhost:${thief}${req.url}` }).end()));
    const proxy = await listen(createServer((req, res) => void forwardToCrashStats(req, res)));

    const response = await fetch(`http://127.0.0.1:${proxy}${PROXY_PATH}/ProcessedCrash/?crash_id=x`, {
      headers: { [PROXY_TARGET_HEADER]: `http://127.0.0.1:${api}/api`, 'Auth-Token': 'secret-token' },
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: `Proxy refused: the API redirected to another host (localhost:${thief}); not followed, so the token is never sent there` });
    expect(stolen).toEqual([]);
  });
});
