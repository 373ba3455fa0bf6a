const NEWLINE = 0x0a;

/**
 * Reads a blob of text as lines, streaming: `onLine` gets each line and its
 * number (from 1, counting blank lines too), `onBytes` the bytes read so far.
 * Answers how many lines there were; a final newline does not start a line.
 * Lines are split on the byte 0x0A (UTF-8 never uses it inside a character)
 * and each is decoded on its own: a line cut out of a decoded chunk would be
 * a slice of the chunk's string, which the crash reader walks several times
 * slower than a string of its own.
 */
export async function readLines(blob: Blob, onLine: (line: string, lineNumber: number) => void, onBytes?: (bytesRead: number) => void): Promise<number> {
  const reader = blob.stream().getReader();
  // A BOM is dropped at the start of the file only, as a streaming decoder drops it.
  const firstDecoder = new TextDecoder();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const decode = (bytes: Uint8Array) => (lineNumber === 0 ? firstDecoder : decoder).decode(bytes);
  // The unfinished line from earlier chunks, joined once its end arrives.
  let carry: Uint8Array[] = [];
  let lineNumber = 0;
  let bytesRead = 0;
  const joinCarry = (tail: Uint8Array): Uint8Array => {
    const joined = new Uint8Array(carry.reduce((sum, part) => sum + part.length, tail.length));
    let at = 0;
    for (const part of [...carry, tail]) {
      joined.set(part, at);
      at += part.length;
    }
    carry = [];
    return joined;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    let start = 0;
    for (let end = value.indexOf(NEWLINE); end !== -1; end = value.indexOf(NEWLINE, start)) {
      const line = value.subarray(start, end);
      onLine(decode(carry.length > 0 ? joinCarry(line) : line), ++lineNumber);
      start = end + 1;
    }
    // The stream may reuse its chunk: what is carried over is copied.
    if (start < value.length) carry.push(value.slice(start));
    onBytes?.(bytesRead);
  }
  if (carry.length > 0) onLine(decode(joinCarry(new Uint8Array(0))), ++lineNumber);
  return lineNumber;
}
