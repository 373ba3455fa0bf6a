// The floor of a whole `signify --jsonl` run, for scripts/bench.ts: the same stdin reading,
// JSON.parse of every line and nothing else (no signing, no output).
import { readSync } from 'node:fs';

const buffer = Buffer.allocUnsafe(1 << 20);
let carry = [];
let parsed = 0;
for (;;) {
  const bytes = readSync(0, buffer, 0, buffer.length, null);
  if (bytes === 0) break;
  let chunk = buffer.subarray(0, bytes);
  let start = 0;
  let newline = chunk.indexOf(10);
  if (carry.length > 0 && newline !== -1) {
    const head = Buffer.concat(carry);
    chunk = Buffer.concat([head, chunk]);
    newline += head.length;
    carry = [];
  } else if (carry.length > 0) {
    carry.push(Buffer.from(chunk));
    continue;
  }
  while (newline !== -1) {
    if (newline > start) {
      JSON.parse(chunk.toString('utf8', start, newline));
      parsed++;
    }
    start = newline + 1;
    newline = chunk.indexOf(10, start);
  }
  if (start < chunk.length) carry.push(Buffer.from(chunk.subarray(start)));
}
if (carry.length > 0) {
  JSON.parse(Buffer.concat(carry).toString('utf8'));
  parsed++;
}
process.stderr.write(`parsed ${parsed}\n`);
