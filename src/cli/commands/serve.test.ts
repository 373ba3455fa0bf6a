import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../testing/loadStockSiglists.ts';

const crashData = { crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar(int)' }] }] };

describe('siglab serve (the built bin, as a process)', () => {
  it('finishes a request in flight on SIGTERM, then refuses new ones and exits 0', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'siglab.cjs'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const found = /listening on (http:\/\/\S+)/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${output}`)));
    });

    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    // A streamed request: first line sent, response started, request still open.
    let body = '';
    const finished = new Promise<string>((resolve, reject) => {
      const request = httpRequest(`${base}/signatures`, { method: 'POST' }, (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          if (body.split('\n').length === 2) {
            // Mid-request: ask the server to stop, then send the rest.
            child.kill('SIGTERM');
            setTimeout(() => request.end(`${JSON.stringify({ ...crashData, hang: 'ui' })}\n`), 300);
          }
        });
        response.on('end', () => resolve(body));
      });
      request.on('error', reject);
      request.write(`${JSON.stringify(crashData)}\n`);
    });

    const lines = (await finished).trim().split('\n').map((line) => (JSON.parse(line) as { signature: string }).signature);
    expect(lines).toEqual(['nsFoo::Bar', 'hang: ui | nsFoo::Bar']);
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM, finishing requests in flight');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 20_000);
});
