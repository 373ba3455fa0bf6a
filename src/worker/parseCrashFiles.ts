import { convertProcessedCrash, isProcessedCrash, keepSigningInput, type CrashData } from '../engine/index.ts';
import { nestsDeeperThan, tooDeep } from '../engine/nestingDepth.ts';
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

/** One item as parsed, before it is placed in its file (its line names it when it has no id). */
type ParsedItem = { readonly crash: CrashData; readonly id: string | null } | { readonly error: string };

/** Turns one parsed value into a crash, detecting processed crash vs. crash data. */
function toParsedItem(value: unknown): ParsedItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const processed = isProcessedCrash(record);
  // Crash data is cut to what signing reads first (top-level fields only), so the depth check walks two threads, not all.
  const checked = processed ? record : keepSigningInput(record);
  if (nestsDeeperThan(checked)) return { error: tooDeep() };
  try {
    return { crash: processed ? keepSigningInput(convertProcessedCrash(record)) : checked, id: ownIdOf(record) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** One line of a `.jsonl` file → a crash (its own id, if it has one), or what is wrong with it. */
function parseCrashJson(line: string): ParsedItem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON (${(error as Error).message})` };
  }
  return toParsedItem(parsed);
}

/** A parsed item placed in its file: a crash (named by its line when it has no id of its own), or an error for that place. */
function placeItem(item: ParsedItem, where: string, fallbackId: string): LoadedCrash | string {
  return 'error' in item ? `${where}: ${item.error}` : { id: item.id ?? fallbackId, crash: item.crash };
}

/** One line of a `.jsonl` file → a crash, or an error for that line. */
export function parseCrashLine(line: string, where: string, fallbackId: string): LoadedCrash | string {
  return placeItem(parseCrashJson(line), where, fallbackId);
}

/**
 * Reads a dropped `.json` (one crash or an array) or `.jsonl` file (one crash
 * per line). Items may be Crash Stats processed crashes or crash data.
 */
export function parseCrashFile(name: string, text: string): ParsedCrashFile {
  const crashes: LoadedCrash[] = [];
  const errors: string[] = [];
  const base = name.replace(/\.[^.]+$/, '');
  const add = (value: unknown, where: string, fallbackId: string) => {
    const placed = placeItem(toParsedItem(value), where, fallbackId);
    if (typeof placed === 'string') errors.push(placed);
    else crashes.push(placed);
  };

  const trimmed = text.trim();
  const looksLikeJsonl = /\.jsonl$/i.test(name) || (!trimmed.startsWith('[') && trimmed.includes('\n{'));
  if (!looksLikeJsonl) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (Array.isArray(parsed)) parsed.forEach((item, i) => add(item, `${name} item ${i + 1}`, `${base}#${i + 1}`));
      else add(parsed, name, base);
      return { crashes, errors };
    } catch (error) {
      if (!trimmed.includes('\n')) return { crashes, errors: [`${name}: invalid JSON (${(error as Error).message})`] };
    }
  }
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = parseCrashLine(line, `${name} line ${index + 1}`, `${base}:${index + 1}`);
    if (typeof parsed === 'string') errors.push(parsed);
    else crashes.push(parsed);
  });
  return { crashes, errors };
}
