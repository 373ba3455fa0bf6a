import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';

/**
 * Answers each JSON line of the request with one line, in order, as the lines
 * arrive: the response streams while the request is still being sent. A line
 * longer than `lineLimit` bytes is answered with an error line and skipped.
 * Honours backpressure: a slow reader pauses the request.
 */
export async function streamJsonLines(
  request: IncomingMessage,
  response: ServerResponse,
  lineLimit: number,
  answer: (line: string) => unknown,
): Promise<void> {
  const decoder = new TextDecoder();
  let pending = '';
  let skipping = false; // inside a line that went over the limit
  let batch = '';

  const flush = async () => {
    if (!batch) return;
    const full = !response.write(batch);
    batch = '';
    if (full) await once(response, 'drain');
  };
  // Characters first: a cheap test that only counts bytes when it could matter.
  const overLimit = (text: string) => text.length * 3 > lineLimit && Buffer.byteLength(text) > lineLimit;
  const tooLong = () => {
    batch += `${JSON.stringify({ error: `line over the limit of ${lineLimit} bytes` })}\n`;
  };
  const emit = (line: string) => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (overLimit(text)) tooLong();
    else if (text.trim()) batch += `${JSON.stringify(answer(text))}\n`;
  };

  for await (const chunk of request as AsyncIterable<Buffer>) {
    const text = pending + decoder.decode(chunk, { stream: true });
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      if (!skipping) emit(text.slice(start, newline));
      skipping = false;
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    pending = text.slice(start);
    // An unfinished line already over the limit: answer now and drop the rest of it.
    if (!skipping && overLimit(pending)) {
      tooLong();
      skipping = true;
    }
    if (skipping) pending = '';
    await flush();
  }
  pending += decoder.decode();
  if (!skipping && pending) emit(pending);
  await flush();
}
