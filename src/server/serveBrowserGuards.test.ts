import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest } from '../testing/httpRequest.ts';
import { listsWithRunaway } from '../testing/listsWithRunaway.ts';
import { startServe, type ServeProcess } from '../testing/startServe.ts';

const crash = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar(int)' }] }] });
let serve: ServeProcess;
let dir: string;

beforeAll(async () => {
  dir = listsWithRunaway().dir;
  serve = await startServe(['--siglists', dir, '--allow-host', 'siglab.internal']);
});
afterAll(() => serve.kill());

describe('siglab serve: web pages cannot drive it (the built bin, real HTTP)', () => {
  it('answers a Host naming the bound address, localhost or an allowed name', async () => {
    for (const host of [`127.0.0.1:${serve.port}`, `localhost:${serve.port}`, 'siglab.internal', `SIGLAB.internal:${serve.port}`]) {
      const answer = await httpRequest(`${serve.base}/signature`, { method: 'POST', headers: { host }, body: crash });
      expect(answer.status, host).toBe(200);
    }
  });

  it('refuses any other Host (DNS rebinding) with 421 and says how to allow it', async () => {
    for (const host of [`evil.example:${serve.port}`, 'localhost.evil.example', `10.0.0.1:${serve.port}`]) {
      const answer = await httpRequest(`${serve.base}/signature`, { method: 'POST', headers: { host }, body: crash });
      expect(answer.status, host).toBe(421);
      expect((JSON.parse(answer.body) as { error: string }).error).toContain('--allow-host');
    }
  });

  it('refuses cross-site browser requests: a foreign Origin, or Sec-Fetch-Site cross-site / same-site', async () => {
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://other.localhost:3000' },
    ];
    for (const headers of refused) {
      const answer = await httpRequest(`${serve.base}/signature`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: crash });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect((JSON.parse(answer.body) as { error: string }).error).toMatch(/^cross-site requests are refused/);
    }
    const sameOrigin = await httpRequest(`${serve.base}/signature`, { method: 'POST', headers: { origin: serve.base, 'sec-fetch-site': 'same-origin' }, body: crash });
    expect(sameOrigin.status).toBe(200);
  });

  it('shows no filesystem path on /healthz', async () => {
    const answer = await httpRequest(`${serve.base}/healthz`);
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain(dir);
    expect(answer.body).not.toMatch(/[/\\]/);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok', siglists: 'custom' });
  });
});
