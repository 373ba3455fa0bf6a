import { describe, expect, it } from 'vitest';
import { pyStr } from '../engine/index.ts';
import { createCrashStatsClient } from './createCrashStatsClient.ts';
import { createTokenBucket } from './createTokenBucket.ts';
import { createFakeClock } from './fakeClock.ts';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

function scripted(responses: (Response | Error)[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(url), headers: init?.headers as Record<string, string> });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function client(responses: (Response | Error)[], token?: string) {
  const clock = createFakeClock();
  const server = scripted(responses);
  const api = createCrashStatsClient({
    apiUrl: 'http://127.0.0.1:1/api/',
    token,
    fetch: server.fetch,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0,
    rateLimiter: createTokenBucket({ perMinute: 100, now: clock.now, sleep: clock.sleep }),
  });
  return { api, server, clock };
}

describe('createCrashStatsClient', () => {
  it('fetches a processed crash, token in the header only', async () => {
    const { api, server } = client([json(200, { uuid: ID, signature: 'x' })], 'secret-token');
    await expect(api.getProcessedCrash(ID)).resolves.toEqual({ status: 'ok', crashId: ID, processed: { uuid: ID, signature: 'x' } });
    expect(server.calls[0]?.url).toBe(`http://127.0.0.1:1/api/ProcessedCrash/?crash_id=${ID}`);
    expect(server.calls[0]?.headers['Auth-Token']).toBe('secret-token');
    expect(server.calls[0]?.url).not.toContain('secret');
  });

  it("reads a processed crash as Python's json does, keeping only what signing reads", async () => {
    const body = `{"uuid": "${ID}", "signature": "x", "oom_allocation_size": 1.0, "modules": [{"filename": "xul.dll"}], "json_dump": {"crash_info": {"crashing_thread": 0}, "modules": [], "threads": [{"frames": []}, {"frames": [{"line": 9007199254740993}]}]}}`;
    const { api } = client([new Response(body, { status: 200 })]);
    const answer = await api.getProcessedCrash(ID);
    const processed = answer.status === 'ok' ? answer.processed : {};
    expect(processed).toEqual({ uuid: ID, signature: 'x', oom_allocation_size: expect.anything(), json_dump: { crash_info: { crashing_thread: 0 }, threads: [{ frames: [] }, null] } });
    expect(pyStr(processed.oom_allocation_size)).toBe('1.0');
  });

  it.each([
    [json(404, { error: 'Crash not found' }), { status: 'not-found', message: 'not found: Crash not found' }],
    [json(403, { error: 'bad token' }), { status: 'forbidden', message: 'forbidden (check the API token): bad token' }],
    [json(400, { errors: { crash_id: ['invalid'] } }), { status: 'failed', message: 'HTTP 400: {"crash_id":["invalid"]}' }],
    [new Response('{oops', { status: 200 }), { status: 'failed', message: 'the API answered with malformed JSON' }],
  ])('turns %# into a result', async (response, expected) => {
    const { api } = client([response]);
    await expect(api.getProcessedCrash(ID)).resolves.toMatchObject(expected);
  });

  it('waits out a whole minute after a 429 without Retry-After, then retries', async () => {
    const { api, clock, server } = client([new Response('Too Many Requests', { status: 429 }), json(200, { uuid: ID })]);
    const start = clock.now();
    await expect(api.getProcessedCrash(ID)).resolves.toMatchObject({ status: 'ok' });
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
    expect(server.calls).toHaveLength(2);
  });

  it('honours Retry-After when the server sends it', async () => {
    const { api, clock } = client([new Response('', { status: 429, headers: { 'Retry-After': '3' } }), json(200, { uuid: ID })]);
    const start = clock.now();
    await api.getProcessedCrash(ID);
    expect(clock.now() - start).toBeGreaterThanOrEqual(3_000);
    expect(clock.now() - start).toBeLessThan(60_000);
  });

  it('retries 5xx and network errors with backoff, then gives up with a message', async () => {
    const recovered = client([json(502, {}), new TypeError('fetch failed'), json(200, { uuid: ID })]);
    await expect(recovered.api.getProcessedCrash(ID)).resolves.toMatchObject({ status: 'ok' });
    expect(recovered.clock.sleeps.filter((ms) => ms >= 1000)).toEqual([1000, 2000]);

    const broken = client([json(500, { error: 'boom' }), json(500, {}), json(500, {}), json(500, { error: 'still boom' })]);
    await expect(broken.api.getProcessedCrash(ID)).resolves.toEqual({ status: 'failed', crashId: ID, message: 'HTTP 500: still boom' });
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('cancelled', 'AbortError'));
    const { api } = client([json(200, {})]);
    await expect(api.getProcessedCrash(ID, { signal: controller.signal })).rejects.toThrow('cancelled');
  });
});

describe('superSearch', () => {
  it('returns the hits and uuids of a page and the total', async () => {
    const { api, server } = client([json(200, { hits: [{ uuid: 'a', proto_signature: 'f | g' }, { uuid: 'b' }, { nouuid: 1 }], total: 7, facets: {} })]);
    await expect(api.superSearch(new URLSearchParams({ product: 'Firefox', _columns: 'uuid' }))).resolves.toEqual({
      status: 'ok',
      ids: ['a', 'b'],
      hits: [{ uuid: 'a', proto_signature: 'f | g' }, { uuid: 'b' }],
      total: 7,
    });
    expect(server.calls[0]?.url).toBe('http://127.0.0.1:1/api/SuperSearch/?product=Firefox&_columns=uuid');
  });

  it('paces Super Search with the normal API limit (100/minute anonymous), not 10/minute', async () => {
    const clock = createFakeClock();
    const responses = Array.from({ length: 30 }, () => json(200, { hits: [], total: 0 }));
    const server = scripted(responses);
    const api = createCrashStatsClient({ apiUrl: 'http://127.0.0.1:1/api', fetch: server.fetch, now: clock.now, sleep: clock.sleep });
    expect(api.requestsPerMinute).toBe(100);
    const start = clock.now();
    for (let n = 0; n < 30; n++) await api.superSearch(new URLSearchParams());
    // 5 at once, then 25 more at 100/minute: 15 s, where 10/minute would take minutes.
    expect(clock.now() - start).toBeLessThanOrEqual(15_000);
    expect(clock.now() - start).toBeGreaterThanOrEqual(14_000);
  });
});
