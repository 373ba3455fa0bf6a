import { convertProcessedCrash, isProcessedCrash, readCrashJson, readCrashJsonItems, type CrashData, type CrashJsonRead } from '../engine/index.ts';
import { tooDeep } from '../engine/nestingDepth.ts';
import type { LoadedCrash } from './crashStore.ts';

export interface ParsedCrashFile {
  readonly crashes: LoadedCrash[];
  /** Per-item problems ("cases.jsonl line 3: invalid JSON ..."); the other items still load. */
  readonly errors: string[];
}

function ownIdOf(value: Record<string, unknown>): string | null {
  for (const key of ['uuid', 'crash_id', 'crashid', 'id']) {
    const id = value[key];
    if (typeof id === 'string' && id) return id;
  }
  return null;
}

/** One item as read, before it is placed in its file (its line names it when it has no id). */
type ParsedItem = { readonly crash: CrashData; readonly id: string | null } | { readonly error: string };

/**
 * One item as the reader gave it (only what signing reads: see readCrashJson)
 * → a crash, telling a processed crash from crash data.
 */
function toParsedItem(read: CrashJsonRead): ParsedItem {
  if ('error' in read) return read;
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  try {
    return { crash: isProcessedCrash(record) ? convertProcessedCrash(record) : record, id: ownIdOf(record) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A parsed item placed in its file: a crash (named by its line when it has no id of its own), or an error for that place. */
function placeItem(item: ParsedItem, where: string, fallbackId: string): LoadedCrash | string {
  return 'error' in item ? `${where}: ${item.error}` : { id: item.id ?? fallbackId, crash: item.crash };
}

/** One line of a `.jsonl` file → a crash, or an error for that line. */
export function parseCrashLine(line: string, where: string, fallbackId: string): LoadedCrash | string {
  return placeItem(toParsedItem(readCrashJson(line)), where, fallbackId);
}

/**
 * Reads a dropped `.json` (one crash or an array) or `.jsonl` file (one crash
 * per line). Items may be Crash Stats processed crashes or crash data.
 */
export function parseCrashFile(name: string, text: string): ParsedCrashFile {
  const crashes: LoadedCrash[] = [];
  const errors: string[] = [];
  const base = name.replace(/\.[^.]+$/, '');
  const add = (placed: LoadedCrash | string) => {
    if (typeof placed === 'string') errors.push(placed);
    else crashes.push(placed);
  };

  const trimmed = text.trim();
  const looksLikeJsonl = /\.jsonl$/i.test(name) || (!trimmed.startsWith('[') && trimmed.includes('\n{'));
  if (!looksLikeJsonl) {
    const read = readCrashJsonItems(trimmed);
    if (!('error' in read)) {
      read.items.forEach((item, i) => add(read.list ? placeItem(toParsedItem(item), `${name} item ${i + 1}`, `${base}#${i + 1}`) : placeItem(toParsedItem(item), name, base)));
      return { crashes, errors };
    }
    // One line, or one value that is whole but too deep: not JSON lines either.
    if (!trimmed.includes('\n') || read.error === tooDeep()) return { crashes, errors: [`${name}: ${read.error}`] };
  }
  text.split('\n').forEach((line, index) => {
    if (line.trim()) add(parseCrashLine(line, `${name} line ${index + 1}`, `${base}:${index + 1}`));
  });
  return { crashes, errors };
}
