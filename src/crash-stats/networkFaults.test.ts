import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCrashStatsClient } from './createCrashStatsClient.ts';
import { createTokenBucket } from './createTokenBucket.ts';
import { createFakeClock } from './fakeClock.ts';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve).closeAllConnections())));
});

/** A real HTTP server on 127.0.0.1 that records what it was sent. */
async function serve(handle: (path: string, res: ServerResponse, count: number) => void) {
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    handle(req.url ?? '', res, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { seen, port: (server.address() as AddressInfo).port };
}

const instant = () => {
  const clock = createFakeClock();
  return { sleep: clock.sleep, now: clock.now, random: () => 0, rateLimiter: createTokenBucket({ perMinute: 1000, now: clock.now, sleep: clock.sleep }) };
};

describe('no secret crosses hosts', () => {
  it('refuses a redirect to another host instead of sending it the token', async () => {
    const thief = await serve((_, res) => res.end('{}'));
    const api = await serve((path, res) => res.writeHead(302, { Location: `http://localhost:${thief.port}${path}` }).end());
    const client = createCrashStatsClient({ apiUrl: `http://127.0.0.1:${api.port}/api`, token: 'secret-token', ...instant() });
    await expect(client.getProcessedCrash(ID)).resolves.toEqual({
      status: 'failed',
      crashId: ID,
      message: `the API redirected to another host (localhost:${thief.port}); not followed, so the token is never sent there`,
    });
    expect(api.seen[0]?.headers['auth-token']).toBe('secret-token');
    expect(thief.seen).toEqual([]);
  });

  it('follows a redirect within the same origin', async () => {
    const api = await serve((path, res) => (path.startsWith('/old/') ? res.writeHead(301, { Location: path.replace('/old/', '/new/') }).end() : res.end(JSON.stringify({ uuid: ID }))));
    const client = createCrashStatsClient({ apiUrl: `http://127.0.0.1:${api.port}/old`, token: 'secret-token', ...instant() });
    await expect(client.getProcessedCrash(ID)).resolves.toMatchObject({ status: 'ok', processed: { uuid: ID } });
    expect(api.seen.map((request) => request.headers['auth-token'])).toEqual(['secret-token', 'secret-token']);
  });
});

describe('hangs and half answers', () => {
  it('gives up on a server that never answers, after retrying', async () => {
    const silent = await serve(() => undefined);
    const client = createCrashStatsClient({ apiUrl: `http://127.0.0.1:${silent.port}`, timeoutMs: 150, retries: 1, ...instant() });
    await expect(client.getProcessedCrash(ID)).resolves.toEqual({ status: 'failed', crashId: ID, message: 'network error: no answer within 0.15 s' });
    expect(silent.seen).toHaveLength(2);
  });

  it('times out a body that stalls after the headers', async () => {
    const stalls = await serve((_, res) => res.writeHead(200, { 'Content-Length': '100' }).write('{"uuid":'));
    const client = createCrashStatsClient({ apiUrl: `http://127.0.0.1:${stalls.port}`, timeoutMs: 150, retries: 0, ...instant() });
    await expect(client.getProcessedCrash(ID)).resolves.toEqual({ status: 'failed', crashId: ID, message: 'network error: no answer within 0.15 s' });
  });

  it('retries a connection reset mid-body as a network error, not "malformed JSON"', async () => {
    const flaky = await serve((_, res, count) => {
      if (count > 1) return res.end(JSON.stringify({ uuid: ID }));
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('{"uuid": "de1bb258', () => res.socket?.destroy());
    });
    const client = createCrashStatsClient({ apiUrl: `http://127.0.0.1:${flaky.port}`, ...instant() });
    await expect(client.getProcessedCrash(ID)).resolves.toMatchObject({ status: 'ok', processed: { uuid: ID } });
    expect(flaky.seen).toHaveLength(2);
  });
});

describe('Retry-After', () => {
  it('caps a huge Retry-After at two minutes and says how long it waits', async () => {
    const clock = createFakeClock();
    const waits: number[] = [];
    const answers = [new Response('', { status: 429, headers: { 'Retry-After': '999999' } }), new Response(JSON.stringify({ uuid: ID }))];
    const client = createCrashStatsClient({
      apiUrl: 'http://127.0.0.1:1',
      fetch: (async () => answers.shift()) as unknown as typeof fetch,
      now: clock.now,
      sleep: clock.sleep,
      rateLimiter: createTokenBucket({ perMinute: 100, now: clock.now, sleep: clock.sleep }),
      onRateLimited: (ms) => waits.push(ms),
    });
    const start = clock.now();
    await expect(client.getProcessedCrash(ID)).resolves.toMatchObject({ status: 'ok' });
    expect(waits).toEqual([120_000]);
    expect(clock.now() - start).toBeLessThanOrEqual(121_000);
  });

  it('lets requests go again once the paused fetch is stopped', async () => {
    const clock = createFakeClock();
    const bucket = createTokenBucket({ perMinute: 100, now: clock.now, sleep: clock.sleep });
    bucket.pauseUntil(clock.now() + 999_999_000);
    bucket.clearPause();
    const start = clock.now();
    await bucket.take();
    expect(clock.now() - start).toBeLessThan(1_000);
  });

  it('the client clears the pause of its shared limiters', async () => {
    const clock = createFakeClock();
    const rateLimiter = createTokenBucket({ perMinute: 100, now: clock.now, sleep: clock.sleep });
    const client = createCrashStatsClient({ apiUrl: 'http://127.0.0.1:1', rateLimiter, now: clock.now, sleep: clock.sleep });
    rateLimiter.pauseUntil(clock.now() + 100_000);
    client.clearRateLimitPause();
    const start = clock.now();
    await rateLimiter.take();
    expect(clock.now() - start).toBeLessThan(1_000);
  });
});
