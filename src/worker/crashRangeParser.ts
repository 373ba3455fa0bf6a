import type { CrashData } from '../engine/types.ts';
import { parseCrashJson, type ParsedItem } from './parseCrashFiles.ts';
import { readLines } from './readLines.ts';

/**
 * A line of a part of a file, as it crosses from the range worker; `line`
 * counts from the start of that part. A crash crosses as the JSON text of what
 * signing reads (a string is copied whole; structured-cloning the objects
 * costs the receiver three times what parsing that text does), or as its
 * original line when JSON text would not carry it exactly.
 */
export type RangeItem =
  | { readonly line: number; readonly error: string }
  | { readonly line: number; readonly id: string | null; readonly crashJson: string }
  | { readonly line: number; readonly raw: string };

/** Whether JSON.stringify → JSON.parse gives this value back exactly (no -0, non-finite number or undefined inside). */
export function survivesJson(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'number') {
      if (!Number.isFinite(current) || Object.is(current, -0)) return false;
    } else if (current === undefined) {
      return false;
    } else if (typeof current === 'object' && current !== null) {
      if (Array.isArray(current)) for (let index = 0; index < current.length; index++) pending.push(current[index]);
      else for (const key in current) if (Object.hasOwn(current, key)) pending.push((current as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/** One line of the part, parsed and cut to what signing reads, ready to cross. */
export function rangeItemOf(text: string, line: number): RangeItem {
  const item = parseCrashJson(text);
  if ('error' in item) return { line, error: item.error };
  return survivesJson(item.crash) ? { line, id: item.id, crashJson: JSON.stringify(item.crash) } : { line, raw: text };
}

/** The item again, on the receiving side. */
export function parsedItemOf(item: RangeItem): ParsedItem {
  if ('error' in item) return { error: item.error };
  if ('raw' in item) return parseCrashJson(item.raw);
  return { crash: JSON.parse(item.crashJson) as CrashData, id: item.id };
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
      batch.push(rangeItemOf(line, number));
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
