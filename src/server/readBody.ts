import type { IncomingMessage } from 'node:http';

/** The body went over its limit; the server answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over the limit of ${limit} bytes`);
  }
}

/**
 * Reads a whole request body as UTF-8, refusing it once it passes `limit`
 * bytes. The rest of a refused body is read and dropped rather than the
 * connection torn down, so the client gets to read the 413.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks, size).toString('utf8'));
    });
    request.on('error', reject);
  });
}
