import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { createBrowserGuards } from './browserGuards.ts';
import { createSignatureServer } from './createSignatureServer.ts';
import { createSigningPool, type SigningPool } from './createSigningPool.ts';

const crashData = { crashing_thread: 0, threads: [{ frames: [{ function: 'KiFastSystemCallRet' }, { function: 'nsFoo::Bar(int)' }] }] };
const processed = { uuid: 'x', signature: 'production', original_signature: 'older', json_dump: { crash_info: { crashing_thread: 0 }, threads: crashData.threads } };

let server: Server;
let pool: SigningPool;
let base: string;

beforeAll(async () => {
  const stock = loadStockSiglists();
  pool = createSigningPool({ texts: stock, stock, workers: 2, budgetMs: 10_000 });
  server = createSignatureServer({ sign: pool.sign, guards: createBrowserGuards('127.0.0.1', []), maxBodyBytes: 64 * 1024, about: { siglists: 'stock' } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await pool.close();
});

const post = (path: string, body: string) => fetch(`${base}${path}`, { method: 'POST', body });

describe('signature service', () => {
  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', siglists: 'stock' });
  });

  it('signs crash data and processed crashes (json_dump) on POST /signature, with siggen keys', async () => {
    const expected = { signature: 'nsFoo::Bar', proto_signature: 'KiFastSystemCallRet | nsFoo::Bar', notes: [] };
    for (const body of [crashData, processed]) {
      const response = await post('/signature', JSON.stringify(body));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject(expected);
    }
    const traced = (await (await post('/signature?trace=1', JSON.stringify(crashData))).json()) as { trace: unknown[] };
    expect(traced.trace.length).toBeGreaterThan(10);
  });

  it("reads numbers as Python's json does, and a trace holding a big int can still be answered", async () => {
    const odd = '{"crashing_thread": 0, "threads": [{"frames": [{"file": "a/x.cpp", "line": 9007199254740993}, {"file": "a/y.cpp", "line": 2.0}]}]}';
    const one = (await (await post('/signature?trace=1', odd)).json()) as { signature: string; proto_signature: string };
    expect([one.signature, one.proto_signature]).toEqual(['x.cpp#9007199254740993', 'x.cpp#9007199254740993 | y.cpp#2.0']);
    const lines = (await (await post('/signatures?trace=1', `${odd}\n${odd.replace('2.0', 'NaN')}\n`)).text()).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { proto_signature: string }).proto_signature)).toEqual(['x.cpp#9007199254740993 | y.cpp#2.0', 'x.cpp#9007199254740993 | y.cpp#nan']);
  });

  it('answers clear JSON errors: 400 bad JSON, 404, 405, 413 over the body limit', async () => {
    const bad = await post('/signature', '{"threads": [');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^invalid JSON/);

    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('POST /signature');

    const wrongMethod = await fetch(`${base}/signature`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');

    const huge = JSON.stringify({ ...crashData, padding: 'x'.repeat(100 * 1024) });
    const tooLarge = await post('/signature', huge);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: 'request body over the limit of 65536 bytes' });
  });

  it('refuses an oversized body sent without a length (chunked) with 413 too', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${base}/signature`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      for (let i = 0; i < 10; i++) request.write('x'.repeat(16 * 1024));
      request.end();
    });
    expect(status).toBe(413);
  });

  it('streams JSON lines in order on POST /signatures, one error line per bad line', async () => {
    const lines = Array.from({ length: 500 }, (_, index) =>
      index === 7 ? '{oops' : JSON.stringify(index % 2 ? processed : { ...crashData, threads: [{ frames: [{ function: `F${index}` }] }] }),
    );
    const response = await post('/signatures', `${lines.join('\n')}\n\n`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const results = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { signature?: string; error?: string });
    expect(results).toHaveLength(500);
    expect(results[0]?.signature).toBe('F0');
    expect(results[1]?.signature).toBe('nsFoo::Bar');
    expect(results[7]?.error).toMatch(/^invalid JSON/);
    expect(results[498]?.signature).toBe('F498');
  });

  it('answers a line over the limit with an error line and goes on', async () => {
    const long = JSON.stringify({ ...crashData, padding: 'y'.repeat(100 * 1024) });
    const response = await post('/signatures', `${JSON.stringify(crashData)}\n${long}\n${JSON.stringify(processed)}\n`);
    const results = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { signature?: string; error?: string });
    expect(results).toEqual([
      expect.objectContaining({ signature: 'nsFoo::Bar' }),
      { error: 'line over the limit of 65536 bytes' },
      expect.objectContaining({ signature: 'nsFoo::Bar' }),
    ]);
  });

  it('answers lines while the request is still being sent', async () => {
    const firstLine = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(`${base}/signatures`, { method: 'POST' }, (response) => {
        response.setEncoding('utf8');
        response.once('data', (chunk: string) => {
          resolve(chunk);
          request.end();
          response.resume();
        });
      });
      request.on('error', reject);
      request.write(`${JSON.stringify(crashData)}\n`); // the request stays open
    });
    expect(JSON.parse(firstLine)).toMatchObject({ signature: 'nsFoo::Bar' });
  });

  it('serves concurrent requests', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) => post('/signature', JSON.stringify({ ...crashData, threads: [{ frames: [{ function: `C${index}` }] }] }))),
    );
    const signatures = await Promise.all(responses.map(async (response) => ((await response.json()) as { signature: string }).signature));
    expect(signatures).toEqual(Array.from({ length: 40 }, (_, index) => `C${index}`));
  });
});
