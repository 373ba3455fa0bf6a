import { keepSigningThreads } from '../keepSigningInput.ts';
import { glomGet } from '../python/glomGet.ts';
import { pyIntOrNone } from '../python/pyInt.ts';
import { isPyDict, pyGet } from '../python/pyValues.ts';
import { JSON_DUMP_FIELDS, TOP_LEVEL_FIELDS } from './signingFields.ts';

/**
 * The crashing thread's index as signing will resolve it, or null when it
 * cannot be resolved (an infinite float: every rule that asks fails, and all
 * threads are kept rather than guess).
 */
export function crashingIndex(value: unknown): number | null {
  try {
    return pyIntOrNone(value) ?? 0;
  } catch {
    return null;
  }
}

function keepThreads(threads: unknown, index: number | null): unknown {
  return index === null ? threads : keepSigningThreads(threads, index);
}

function keepJsonDump(dump: unknown): unknown {
  if (!isPyDict(dump)) return dump;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(dump)) {
    if (!JSON_DUMP_FIELDS.has(key)) continue;
    const value = dump[key];
    if (key === 'threads') kept.threads = keepThreads(value, crashingIndex(glomGet(dump, ['crash_info', 'crashing_thread'], null)));
    else if (key === 'system_info' && isPyDict(value)) kept.system_info = Object.hasOwn(value, 'os') ? { os: value.os } : {};
    else kept[key] = value;
  }
  return kept;
}

/**
 * An input (processed crash or crash data) cut to what signing reads (see
 * signingFields.ts), keys in their order; anything but an object as it is.
 * Signing the result gives what signing the whole input gives, trace
 * included. The selective reader builds exactly this from the text; this is
 * its definition on a parsed value, and what the reader's fall-back applies.
 */
export function keepWhatSigningReads(input: unknown): unknown {
  if (!isPyDict(input)) return input;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_FIELDS.has(key)) continue;
    const value = input[key];
    if (key === 'json_dump') kept.json_dump = keepJsonDump(value);
    else if (key === 'threads') kept.threads = keepThreads(value, crashingIndex(pyGet(input, 'crashing_thread', 0)));
    else kept[key] = value;
  }
  return kept;
}
