/**
 * Reads a blob of text as lines, streaming: `onLine` gets each line and its
 * number (from 1, counting blank lines too), `onBytes` the bytes read so far.
 * Answers how many lines there were; a final newline does not start a line.
 */
export async function readLines(blob: Blob, onLine: (line: string, lineNumber: number) => void, onBytes?: (bytesRead: number) => void): Promise<number> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let lineNumber = 0;
  let bytesRead = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    pending += decoder.decode(value, { stream: true });
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      onLine(pending.slice(start, end), ++lineNumber);
      start = end + 1;
    }
    pending = pending.slice(start);
    onBytes?.(bytesRead);
  }
  pending += decoder.decode();
  if (pending !== '') onLine(pending, ++lineNumber);
  return lineNumber;
}
