import type { IncomingMessage } from 'node:http';
import { BodyStalledError, BodyTooLargeError, BodyTooSlowError } from './bodyErrors.ts';

export interface BodyLimits {
  readonly maxBytes: number;
  /** The body fails when nothing arrives for this long. */
  readonly idleMs: number;
  /** …or when all of it has not arrived after this long. */
  readonly totalMs: number;
}

/**
 * Reads a whole request body as UTF-8, refusing it once it passes
 * `maxBytes`, stalls for `idleMs` or takes longer than `totalMs`. The rest
 * of a refused body is read and dropped rather than the connection torn
 * down, so the client gets to read the answer (sent with `connection: close`).
 */
export function readBody(request: IncomingMessage, limits: BodyLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      request.resume();
      reject(new BodyTooLargeError(limits.maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const idle = setTimeout(() => fail(new BodyStalledError(limits.idleMs)), limits.idleMs);
    const total = setTimeout(() => fail(new BodyTooSlowError(limits.totalMs)), limits.totalMs);
    const settle = () => {
      settled = true;
      clearTimeout(idle);
      clearTimeout(total);
    };
    function fail(error: Error) {
      if (settled) return;
      settle();
      chunks.length = 0;
      reject(error);
    }
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      idle.refresh();
      size += chunk.length;
      if (size > limits.maxBytes) fail(new BodyTooLargeError(limits.maxBytes));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      if (settled) return;
      settle();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    });
    request.on('error', fail);
  });
}
