import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { healthzMs } from '../testing/httpRequest.ts';
import { startServe, type ServeProcess } from '../testing/startServe.ts';

let serve: ServeProcess | undefined;
afterEach(() => serve?.kill());

const crashLine = (fn: string) => `${JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: fn }] }] })}\n`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A chunked upload to `path` that sends `first` and then nothing: the socket, and what the server answers on it. */
function stalledUpload(port: number, path: string, first: string): { socket: Socket; answer: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nTransfer-Encoding: chunked\r\n\r\n${first.length.toString(16)}\r\n${first}\r\n`);
  socket.setEncoding('utf8');
  let received = '';
  const answer = new Promise<string>((resolve) => {
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', () => undefined);
  });
  return { socket, answer };
}

describe('siglab serve: deliberate timeouts and a cap on connections (the built bin, real HTTP)', () => {
  it('keeps a /signatures stream going for as long as it makes progress, well past the idle and request limits', async () => {
    // --request-timeout bounds a /signature body; a stream is only ever cut for stalling.
    serve = await startServe(['--idle-timeout', '1', '--request-timeout', '1']);
    const lines = await new Promise<string[]>((resolve, reject) => {
      const outgoing = request(`${serve?.base}/signatures`, { method: 'POST' }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text.trim().split('\n')));
      });
      outgoing.on('error', reject);
      let sent = 0;
      const timer = setInterval(() => {
        outgoing.write(crashLine(`Step${sent}::Frame`));
        if (++sent === 8) {
          clearInterval(timer);
          outgoing.end();
        }
      }, 500);
    });
    // 4 s of streaming against limits of 1 s: nothing cut.
    expect(lines.map((line) => (JSON.parse(line) as { signature: string }).signature)).toEqual(Array.from({ length: 8 }, (_, i) => `Step${i}::Frame`));
  }, 30_000);

  it('cuts a /signatures body that stalls, with an error line after the lines it answered', async () => {
    serve = await startServe(['--idle-timeout', '1']);
    const { answer } = stalledUpload(serve.port, '/signatures', crashLine('Before::Stall'));
    const received = await answer;
    expect(received).toContain('"signature":"Before::Stall"');
    expect(received).toContain('{"error":"the request body stalled: nothing arrived for 1 s; the stream ends here"}');
  }, 30_000);

  it('answers 408 to a /signature body that stalls, and to one that trickles past the request time limit', async () => {
    serve = await startServe(['--idle-timeout', '1', '--request-timeout', '3']);
    const stalled = await stalledUpload(serve.port, '/signature', '{"threads"').answer;
    expect(stalled).toMatch(/^HTTP\/1\.1 408 /);
    expect(stalled).toContain('nothing arrived for 1 s');

    const trickle = stalledUpload(serve.port, '/signature', '{');
    const timer = setInterval(() => trickle.socket.write('1\r\n \r\n'), 400);
    const trickled = await trickle.answer;
    clearInterval(timer);
    expect(trickled).toMatch(/^HTTP\/1\.1 408 /);
    expect(trickled).toContain('the request body took longer than 3 s');
  }, 30_000);

  it('caps connections: idle uploads past the cap are dropped at once, and /healthz answers again once they are cut', async () => {
    serve = await startServe(['--max-connections', '20', '--idle-timeout', '2']);
    const uploads = Array.from({ length: 60 }, () => stalledUpload(serve?.port as number, '/signature', '{'));
    await sleep(500);
    // Past the cap a connection is closed at once, never left waiting.
    const dropped = await Promise.race([uploads[59]?.answer.then(() => 'closed'), sleep(1_500).then(() => 'still open')]);
    expect(dropped).toBe('closed');
    await Promise.all(uploads.map((upload) => upload.answer));
    // Answers (healthzMs fails on anything but a 200 within its limit).
    expect(await healthzMs(serve.base, 5_000)).toBeGreaterThan(0);
    expect(serve.child.exitCode).toBeNull();
  }, 30_000);

  it('takes its default cap from the open-files limit: under ulimit -n 256 it keeps 192 connections and drops the rest at once', async () => {
    serve = await startServe(['--idle-timeout', '3'], { openFiles: 256 });
    const uploads = Array.from({ length: 240 }, () => stalledUpload(serve?.port as number, '/signature', '{'));
    const closed = new Set<number>();
    uploads.forEach((upload, index) => void upload.answer.then(() => closed.add(index)));
    await sleep(1_500);
    // 256 less the 64 files kept spare: the process keeps its own files (workers, lists) whatever the clients do.
    expect(closed.size).toBe(240 - 192);
    await Promise.all(uploads.map((upload) => upload.answer));
    expect(await healthzMs(serve.base, 5_000)).toBeGreaterThan(0);
    expect(serve.child.exitCode).toBeNull();
  }, 30_000);
});
