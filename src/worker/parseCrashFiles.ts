import { convertProcessedCrash, isProcessedCrash, keepSigningInput, type CrashData } from '../engine/index.ts';
import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../engine/nestingDepth.ts';
import type { LoadedCrash } from './crashStore.ts';

export interface ParsedCrashFile {
  readonly crashes: LoadedCrash[];
  /** Per-item problems ("cases.jsonl line 3: invalid JSON ..."); the other items still load. */
  readonly errors: string[];
}

function idOf(value: Record<string, unknown>, fallback: string): string {
  for (const key of ['uuid', 'crash_id', 'crashid', 'id']) {
    const id = value[key];
    if (typeof id === 'string' && id) return id;
  }
  return fallback;
}

/** Turns one parsed item into a crash, detecting processed crash vs. crash data. */
function toCrash(value: unknown, fallbackId: string): LoadedCrash {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const record = value as Record<string, unknown>;
  const processed = isProcessedCrash(record);
  // Crash data is cut to what signing reads first (top-level fields only), so the depth check walks two threads, not all.
  const checked = processed ? record : keepSigningInput(record);
  if (nestsDeeperThan(checked)) throw new Error(`nested deeper than ${MAX_NESTING_DEPTH.toLocaleString('en')} levels; no crash is`);
  const crash: CrashData = processed ? keepSigningInput(convertProcessedCrash(record)) : checked;
  return { id: idOf(record, fallbackId), crash };
}

/** One line of a `.jsonl` file → a crash, or an error for that line. */
export function parseCrashLine(line: string, where: string, fallbackId: string): LoadedCrash | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return `${where}: invalid JSON (${(error as Error).message})`;
  }
  try {
    return toCrash(parsed, fallbackId);
  } catch (error) {
    return `${where}: ${(error as Error).message}`;
  }
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
    try {
      crashes.push(toCrash(value, fallbackId));
    } catch (error) {
      errors.push(`${where}: ${(error as Error).message}`);
    }
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
