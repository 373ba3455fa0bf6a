import { parseCrashJson, type ParsedItem } from './parseCrashFiles.ts';
import { readLines } from './readLines.ts';

/** A parsed line of a part of a file; `line` counts from the start of that part. */
export interface RangeItem {
  readonly line: number;
  readonly item: ParsedItem;
}

/**
 * Parses the lines of a part of a `.jsonl` file, elsewhere: in a second
 * worker, so that both of the machine's cores read and parse a big file.
 */
export interface RangeParser {
  /** Calls `onItems` with the items in order; answers the part's line count. */
  parse(blob: Blob, onItems: (items: readonly RangeItem[], bytesRead: number) => void): Promise<number>;
}

const BATCH_SIZE = 1_000;

/** Reads and parses a part of a file, handing on items in batches (what a range worker runs). */
export async function parseRange(blob: Blob, onItems: (items: RangeItem[], bytesRead: number) => void): Promise<number> {
  let batch: RangeItem[] = [];
  let bytes = 0;
  const lines = await readLines(
    blob,
    (line, number) => {
      if (!line.trim()) return;
      batch.push({ line: number, item: parseCrashJson(line) });
      if (batch.length >= BATCH_SIZE) {
        onItems(batch, bytes);
        batch = [];
      }
    },
    (bytesRead) => {
      bytes = bytesRead;
    },
  );
  onItems(batch, blob.size);
  return lines;
}

/** Parses in this thread (tests; where workers cannot start workers). */
export const parseHere: RangeParser = { parse: parseRange };

type RangeMessage = { readonly items: RangeItem[]; readonly bytesRead: number } | { readonly lines: number } | { readonly failed: string };

/** Parses in a worker made by `startWorker` (crashRange.worker.ts), one worker per part. */
export function parseInWorker(startWorker: () => Worker): RangeParser {
  return {
    parse: (blob, onItems) =>
      new Promise<number>((resolve, reject) => {
        const worker = startWorker();
        const finish = (settle: () => void) => {
          worker.terminate();
          settle();
        };
        worker.onmessage = ({ data }: MessageEvent<RangeMessage>) => {
          if ('items' in data) onItems(data.items, data.bytesRead);
          else if ('lines' in data) finish(() => resolve(data.lines));
          else finish(() => reject(new Error(data.failed)));
        };
        worker.onerror = (event) => finish(() => reject(new Error(event.message || 'the range worker failed')));
        worker.postMessage(blob);
      }),
  };
}
