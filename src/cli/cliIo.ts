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

function pauseBriefly(): void {
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

/** Reads all of stdin as text. */
export async function readAll(stdin: StdinSource): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for await (const chunk of chunksOf(stdin)) parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join('');
}

/** Yields stdin line by line (without `\r\n` endings) without holding it all in memory. */
export async function* readLines(stdin: StdinSource): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of chunksOf(stdin)) {
    const text = pending + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      yield withoutCarriageReturn(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    pending = text.slice(start);
  }
  pending += decoder.decode();
  if (pending) yield withoutCarriageReturn(pending);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Thrown for bad usage; main prints it and exits with 2. */
export class UsageError extends Error {}
