import { parseCrashFile, parseCrashLine, type ParsedCrashFile } from './parseCrashFiles.ts';

/** Whole-file JSON is parsed in memory; bigger data sets must be JSON lines, which stream. */
export const MAX_JSON_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_JSONL_FILE_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Reads a crash file without holding a huge one in memory twice: `.jsonl`
 * streams line by line; `.json` must be small enough to parse at once.
 */
export async function readCrashFile(file: File): Promise<ParsedCrashFile> {
  const jsonl = /\.jsonl$/i.test(file.name);
  const limit = jsonl ? MAX_JSONL_FILE_BYTES : MAX_JSON_FILE_BYTES;
  if (file.size > limit) {
    const size = `${Math.round(file.size / 1024 / 1024)} MB`;
    return { crashes: [], errors: [`${file.name}: ${size} is too large${jsonl ? '' : ' for a .json file; use .jsonl (one crash per line), which is read as a stream'}.`] };
  }
  if (!jsonl) return parseCrashFile(file.name, await file.text());

  const result: ParsedCrashFile = { crashes: [], errors: [] };
  const base = file.name.replace(/\.[^.]+$/, '');
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  let lineNumber = 0;
  const take = (line: string) => {
    lineNumber++;
    if (!line.trim()) return;
    const parsed = parseCrashLine(line, `${file.name} line ${lineNumber}`, `${base}:${lineNumber}`);
    if (typeof parsed === 'string') result.errors.push(parsed);
    else result.crashes.push(parsed);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(take);
  }
  take(pending);
  return result;
}
