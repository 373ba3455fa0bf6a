import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { BodyStalledError } from './bodyErrors.ts';

export interface StreamLimits {
  /** Longest line, in bytes: a longer one is answered with an error line and skipped. */
  readonly lineLimit: number;
  /** The request fails when nothing arrives for this long while the server waits for it, and the response when the client reads nothing for this long. */
  readonly idleMs: number;
}

/** One line's answer: the JSON text of its output line (never rejects). */
export type LineAnswer = (line: string, lineNumber: number) => Promise<string>;

/** Lines handed out and not yet written; past either bound the request is paused (backpressure). */
const MAX_LINES_IN_FLIGHT = 256;
const MAX_BYTES_IN_FLIGHT = 64 << 20;
/** Answers are written in batches of about this many characters: one write per line would dominate. */
const WRITE_BATCH_CHARS = 64 << 10;
const NEWLINE = 0x0a;

interface InFlight {
  readonly answer: Promise<string>;
  readonly bytes: number;
  done: boolean;
}

/** The client stopped reading the answer. */
class ClientStalledError extends Error {}

/** The iterator's next chunk, or BodyStalledError when none comes for `idleMs`. */
async function nextWithin(chunks: AsyncIterator<Buffer>, idleMs: number): Promise<IteratorResult<Buffer>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([chunks.next(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new BodyStalledError(idleMs)), idleMs)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers each JSON line of the request with one line, in order, as the lines
 * arrive: the response streams while the request is still being sent.
 * Linear in the input: lines are split on the byte 0x0A (never inside a UTF-8
 * character) as chunks arrive, and an unfinished line is kept as its pieces,
 * joined once when its end comes. A reader hands lines out (answered
 * elsewhere, e.g. in worker threads) while a writer writes the answers back in
 * order, so this thread never signs and always yields between slices. A line
 * longer than `lineLimit` is answered with an error line and skipped. A body
 * that stalls for `idleMs` gets an error line and the stream ends; a stream
 * that keeps moving has no time limit.
 */
export async function streamJsonLines(request: IncomingMessage, response: ServerResponse, limits: StreamLimits, answer: LineAnswer): Promise<void> {
  const queue: InFlight[] = [];
  let bytesInFlight = 0;
  let readerDone = false;
  let wakeWriter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  let writeFailed = false;

  const hand = (item: InFlight) => {
    queue.push(item);
    bytesInFlight += item.bytes;
    wakeWriter?.();
  };
  const answered = (text: string) => hand({ answer: Promise.resolve(text), bytes: 0, done: true });

  let lineNumber = 0;
  const emit = (bytes: Buffer) => {
    lineNumber++;
    if (bytes.length > limits.lineLimit) return answered(JSON.stringify({ error: `line over the limit of ${limits.lineLimit} bytes` }));
    const text = bytes.toString('utf8', 0, bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length);
    if (!text.trim()) return;
    const item: InFlight = { answer: answer(text, lineNumber), bytes: bytes.length, done: false };
    void item.answer.then(() => (item.done = true));
    hand(item);
  };

  const write = async (text: string) => {
    if (response.destroyed) throw new ClientStalledError('the client went away');
    if (response.write(text)) return;
    // Whichever comes first; the others' listeners go with the abort.
    const settled = new AbortController();
    const { signal } = settled;
    try {
      await Promise.race([
        once(response, 'drain', { signal }),
        once(response, 'close', { signal }).then(() => Promise.reject(new ClientStalledError('the client went away'))),
        new Promise<never>((_, reject) => {
          const timer = setTimeout(() => reject(new ClientStalledError('the client stopped reading')), limits.idleMs);
          signal.addEventListener('abort', () => clearTimeout(timer));
        }),
      ]);
    } finally {
      settled.abort();
    }
  };

  const writer = async () => {
    let batch = '';
    for (;;) {
      const head = queue[0];
      // Flush what is ready before waiting: for more lines, or for a slow one.
      if (batch && (!head || !head.done)) {
        await write(batch);
        batch = '';
      }
      if (!head) {
        if (readerDone) return;
        await new Promise<void>((resolve) => (wakeWriter = resolve));
        wakeWriter = null;
        continue;
      }
      const text = await head.answer;
      queue.shift();
      bytesInFlight -= head.bytes;
      wakeReader?.();
      batch += `${text}\n`;
      if (batch.length >= WRITE_BATCH_CHARS) {
        await write(batch);
        batch = '';
      }
    }
  };

  const reader = async () => {
    const chunks = (request as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    let carry: Buffer[] = [];
    let carryBytes = 0;
    let skipping = false; // inside a line that went over the limit
    try {
      for (;;) {
        const next = await nextWithin(chunks, limits.idleMs);
        if (next.done) break;
        const chunk = next.value;
        let start = 0;
        for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
          if (skipping) {
            skipping = false;
            lineNumber++;
          } else {
            emit(carry.length === 0 ? chunk.subarray(start, newline) : Buffer.concat([...carry, chunk.subarray(start, newline)]));
          }
          carry = [];
          carryBytes = 0;
          start = newline + 1;
          while (queue.length >= MAX_LINES_IN_FLIGHT || bytesInFlight > MAX_BYTES_IN_FLIGHT) {
            await new Promise<void>((resolve) => (wakeReader = resolve));
            wakeReader = null;
            if (writeFailed) return;
          }
        }
        if (start < chunk.length && !skipping) {
          carry.push(chunk.subarray(start));
          carryBytes += chunk.length - start;
          // An unfinished line already over the limit: answer now and drop the rest of it.
          if (carryBytes > limits.lineLimit) {
            answered(JSON.stringify({ error: `line over the limit of ${limits.lineLimit} bytes` }));
            skipping = true;
            carry = [];
            carryBytes = 0;
          }
        }
      }
      if (skipping) lineNumber++;
      else if (carry.length > 0) emit(Buffer.concat(carry));
    } catch (error) {
      if (!(error instanceof BodyStalledError)) throw error;
      answered(JSON.stringify({ error: `${error.message}; the stream ends here` }));
    } finally {
      readerDone = true;
      wakeWriter?.();
    }
  };

  const writing = writer().catch((error: unknown) => {
    // Nobody reads the answers: stop reading lines too.
    writeFailed = true;
    wakeReader?.();
    throw error;
  });
  try {
    await Promise.all([reader(), writing]);
  } catch (error) {
    if (!(error instanceof ClientStalledError)) throw error;
    response.destroy();
  }
}
