import { readSync } from 'node:fs';

/**
 * Where stdin comes from: a file descriptor (the real process, read with large
 * synchronous reads) or an async iterable of chunks (tests, embedding).
 */
export type StdinSource = (AsyncIterable<string | Uint8Array> | { readonly fd: number }) & { readonly isTTY?: boolean };

/** What a command talks to, so tests can drive `main` without a process. */
export interface CliIo {
  readonly stdin: StdinSource;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Replaces global fetch (tests). */
  readonly fetch?: typeof fetch;
}

/** Big reads: a stream's 64 KB chunks cost an event-loop turn each. */
const CHUNK_BYTES = 1 << 20;

/** Sleeps 2 ms: a non-blocking pipe is not ready yet. */
export function pauseBriefly(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

/** Reads a descriptor to its end synchronously; each chunk is valid until the next is read. */
function* readDescriptor(fd: number): Generator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    let bytes: number;
    try {
      bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with no data yet: wait for the writer.
      if (code === 'EAGAIN') {
        pauseBriefly();
        continue;
      }
      if (code === 'EOF') return; // Windows pipes end this way
      throw error;
    }
    if (bytes === 0) return;
    yield buffer.subarray(0, bytes);
  }
}

function chunksOf(stdin: StdinSource): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> {
  return 'fd' in stdin ? readDescriptor(stdin.fd) : stdin;
}

const asBytes = (chunk: string | Uint8Array): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Reads all of stdin as text. */
export async function readAll(stdin: StdinSource): Promise<string> {
  const chunks: Buffer[] = [];
  // Copies: a descriptor's chunks share one buffer.
  for await (const chunk of chunksOf(stdin)) chunks.push(Buffer.from(asBytes(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

const NEWLINE = 0x0a;

/** One line's text, decoded straight from its bytes (a flat string JSON.parse reads fast), without `\r`. */
function decodeLine(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
}

/**
 * Yields stdin line by line without holding it all in memory. Lines are split
 * on the byte 0x0A, which UTF-8 never uses inside a character, and each line
 * is decoded on its own.
 */
export async function* readLines(stdin: StdinSource): AsyncGenerator<string> {
  // The unfinished line from earlier chunks, as copies (a descriptor's next read
  // overwrites its chunk); joined once its end arrives, so a long line costs one copy.
  let carry: Buffer[] = [];
  for await (const chunk of chunksOf(stdin)) {
    const bytes = asBytes(chunk);
    let start = 0;
    let newline = bytes.indexOf(NEWLINE);
    if (carry.length > 0) {
      if (newline === -1) {
        carry.push(Buffer.from(bytes));
        continue;
      }
      // Only the line's own bytes are joined, not the rest of the chunk.
      const line = Buffer.concat([...carry, bytes.subarray(0, newline)]);
      yield decodeLine(line, 0, line.length);
      carry = [];
      start = newline + 1;
      newline = bytes.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      yield decodeLine(bytes, start, newline);
      start = newline + 1;
      newline = bytes.indexOf(NEWLINE, start);
    }
    if (start < bytes.length) carry.push(Buffer.from(bytes.subarray(start)));
  }
  if (carry.length > 0) {
    const last = Buffer.concat(carry);
    yield decodeLine(last, 0, last.length);
  }
}

/**
 * Thrown for bad usage; main prints it and exits with 2. Each command is a
 * bundle of its own with its own copy of this class, so main knows it by name.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
