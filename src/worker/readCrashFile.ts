import type { LoadedCrash } from './crashStore.ts';
import { parseCrashFile, parseCrashLine } from './parseCrashFiles.ts';
import { readLines } from './readLines.ts';

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

/**
 * Reads a crash file in the worker without holding a huge one in memory
 * twice: `.jsonl` streams line by line in batches; `.json` must be small
 * enough to parse at once.
 */
export async function readCrashFile(file: File, sink: CrashFileSink): Promise<void> {
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
  const take = (line: string, lineNumber: number) => {
    if (!line.trim()) return;
    const parsed = parseCrashLine(line, `${file.name} line ${lineNumber}`, `${base}:${lineNumber}`);
    if (typeof parsed === 'string') sink.error(parsed);
    else batch.push(fromFile(parsed));
    if (batch.length >= BATCH_SIZE) {
      sink.add(batch);
      batch = [];
    }
  };

  await readLines(file, take, (bytesRead) => sink.progress(bytesRead));
  if (batch.length > 0) sink.add(batch);
  sink.progress(file.size);
}

const fromFile = (crash: LoadedCrash): LoadedCrash => ({ ...crash, origin: 'file' });
