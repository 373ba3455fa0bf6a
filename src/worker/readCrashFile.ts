import type { LoadedCrash } from './crashStore.ts';
import type { RangeItem, RangeParser } from './crashRangeParser.ts';
import { parseCrashFile, parseCrashJson, placeItem, type ParsedItem } from './parseCrashFiles.ts';
import { lineStartAfter, readLines } from './readLines.ts';

/** Whole-file JSON is parsed in memory; bigger data sets must be JSON lines, which stream. */
export const MAX_JSON_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_JSONL_FILE_BYTES = 2 * 1024 * 1024 * 1024;
/** Crashes handed on at a time, so a huge file never sits in one array twice. */
const BATCH_SIZE = 2_000;

export interface CrashFileSink {
  add(batch: readonly LoadedCrash[]): void;
  error(message: string): void;
  /** Bytes of this file read so far. */
  progress(bytesRead: number): void;
}

export interface ReadOptions {
  /** Parses a part of a big `.jsonl` file elsewhere (a second worker), in parallel with this thread. */
  readonly rangeParser?: RangeParser;
  /** Files from this size on are read in two parts when a range parser is given. */
  readonly parallelFromBytes?: number;
}

/** Below this, a second worker costs more than it saves. */
const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;

/**
 * Reads a crash file in the worker without holding a huge one in memory
 * twice: `.jsonl` streams line by line in batches; `.json` must be small
 * enough to parse at once.
 */
export async function readCrashFile(file: File, sink: CrashFileSink, { rangeParser, parallelFromBytes = PARALLEL_FROM_BYTES }: ReadOptions = {}): Promise<void> {
  const jsonl = /\.jsonl$/i.test(file.name);
  const limit = jsonl ? MAX_JSONL_FILE_BYTES : MAX_JSON_FILE_BYTES;
  if (file.size > limit) {
    const size = `${Math.round(file.size / 1024 / 1024)} MB`;
    sink.error(`${file.name}: ${size} is too large${jsonl ? '' : ' for a .json file; use .jsonl (one crash per line), which is read as a stream'}.`);
    return;
  }
  if (!jsonl) {
    const parsed = parseCrashFile(file.name, await file.text());
    parsed.errors.forEach((message) => sink.error(message));
    for (let start = 0; start < parsed.crashes.length; start += BATCH_SIZE) sink.add(parsed.crashes.slice(start, start + BATCH_SIZE).map(fromFile));
    sink.progress(file.size);
    return;
  }

  const base = file.name.replace(/\.[^.]+$/, '');
  let batch: LoadedCrash[] = [];
  const place = (item: ParsedItem, lineNumber: number) => {
    const placed = placeItem(item, `${file.name} line ${lineNumber}`, `${base}:${lineNumber}`);
    if (typeof placed === 'string') sink.error(placed);
    else batch.push(fromFile(placed));
    if (batch.length >= BATCH_SIZE) {
      sink.add(batch);
      batch = [];
    }
  };
  const take = (line: string, lineNumber: number) => {
    if (line.trim()) place(parseCrashJson(line), lineNumber);
  };

  const split = rangeParser && file.size >= parallelFromBytes ? await lineStartAfter(file, Math.floor(file.size / 2)) : file.size;
  if (!rangeParser || split >= file.size) {
    await readLines(file, take, (bytesRead) => sink.progress(bytesRead));
  } else {
    await readInTwoParts(file, split, rangeParser, take, place, sink);
  }
  if (batch.length > 0) sink.add(batch);
  sink.progress(file.size);
}

/**
 * Reads the first part here while `rangeParser` parses the rest elsewhere;
 * the rest's crashes are added after the first part's, in file order, with
 * line numbers (and the ids of crashes named by their line) as if read in one
 * go. If the other parser fails, this thread reads what it had not delivered.
 */
async function readInTwoParts(
  file: File,
  split: number,
  rangeParser: RangeParser,
  take: (line: string, lineNumber: number) => void,
  place: (item: ParsedItem, lineNumber: number) => void,
  sink: CrashFileSink,
): Promise<void> {
  let firstBytes = 0;
  let restBytes = 0;
  let firstLines: number | null = null;
  let deliveredLines = 0;
  const waiting: (readonly RangeItem[])[] = [];
  const deliver = (items: readonly RangeItem[]) => {
    for (const { line, item } of items) {
      place(item, (firstLines as number) + line);
      deliveredLines = line;
    }
  };
  const rest = rangeParser.parse(file.slice(split), (items, bytesRead) => {
    restBytes = bytesRead;
    if (firstLines === null) waiting.push(items);
    else deliver(items);
    sink.progress(firstBytes + restBytes);
  });
  // Never left unhandled while the first part is read; awaited below.
  rest.catch(() => undefined);
  firstLines = await readLines(file.slice(0, split), take, (bytesRead) => {
    firstBytes = bytesRead;
    sink.progress(firstBytes + restBytes);
  });
  waiting.splice(0).forEach(deliver);
  try {
    await rest;
  } catch {
    const offset = firstLines;
    await readLines(file.slice(split), (line, lineNumber) => lineNumber > deliveredLines && take(line, offset + lineNumber));
  }
}

const fromFile = (crash: LoadedCrash): LoadedCrash => ({ ...crash, origin: 'file' });
