/**
 * Bounded loopback load test of `siglab serve`: starts the built bin on a free
 * port of 127.0.0.1, sends a fixed number of single-crash POST /signature
 * requests over a few keep-alive connections, and reports requests/s and
 * latency percentiles. Nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';

export interface LoadResult {
  readonly requests: number;
  readonly concurrency: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

function post(agent: Agent, port: number, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/signature', method: 'POST', agent, headers: { 'content-length': Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`status ${response.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;

export async function loadTestServe(root: string, bodies: readonly string[], requests: number, concurrency: number): Promise<LoadResult> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'siglab.cjs'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const found = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (found) resolve(Number(found[1]));
      });
      child.on('exit', () => reject(new Error(`siglab serve exited: ${output}`)));
    });
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    // Warm-up: the server compiles its regular expressions on first use.
    for (let i = 0; i < 200; i++) await post(agent, port, bodies[i % bodies.length] as string);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const body = bodies[next++ % bodies.length] as string;
          const start = performance.now();
          await post(agent, port, body);
          latencies.push(performance.now() - start);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    latencies.sort((a, b) => a - b);
    return { requests, concurrency, perSecond: requests / seconds, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
  } finally {
    child.kill('SIGTERM');
  }
}
