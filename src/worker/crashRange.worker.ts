/// <reference lib="webworker" />
// Parses one part of a big `.jsonl` file for the engine worker, which parses
// the other part meanwhile (see readCrashFile).
import { parseRange } from './crashRangeParser.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data: blob }: MessageEvent<Blob>) => {
  parseRange(blob, (items, bytesRead) => scope.postMessage({ items, bytesRead })).then(
    (lines) => scope.postMessage({ lines }),
    (error: unknown) => scope.postMessage({ failed: (error as Error).message ?? String(error) }),
  );
};
