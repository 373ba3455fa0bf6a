import { request } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP/1.1 request with any headers (fetch will not send a Host or Origin of our choosing). */
export function httpRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** How long GET /healthz takes to answer, in ms (fails when it does not answer 200 within `limitMs`). */
export async function healthzMs(base: string, limitMs = 30_000): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(limitMs) });
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
  await response.text();
  return performance.now() - start;
}
