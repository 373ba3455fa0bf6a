import type { CrashData } from './types.ts';
import { glomGet } from './python/glomGet.ts';
import { pyExactIntOrNone } from './python/pyInt.ts';
import { isPyDict, pyHasKey } from './python/pyValues.ts';

/** Thrown for input that is not a processed crash at all (not a JSON object). */
export class NotACrashError extends Error {}

/**
 * A Crash Stats processed crash → the crash data signature generation reads,
 * field for field as upstream's `convert_to_crash_data`. Stack fields are only
 * set when the crash has a `json_dump`; Java fields only when present.
 */
export function convertProcessedCrash(processed: unknown): CrashData {
  if (!isPyDict(processed)) throw new NotACrashError('a processed crash must be a JSON object');
  const get = (key: string, fallback: unknown = null) => glomGet(processed, [key], fallback);
  const crash: Record<string, unknown> = {
    hang: get('hang'),
    oom_allocation_size: pyExactIntOrNone(get('oom_allocation_size')),
    js_large_allocation_failure: get('js_large_allocation_failure'),
    abort_message: get('abort_message'),
    mdsw_status_string: get('mdsw_status_string'),
    async_shutdown_timeout: get('async_shutdown_timeout'),
    ipc_channel_error: get('ipc_channel_error'),
    ipc_message_name: get('ipc_message_name'),
    additional_minidumps: get('additional_minidumps', []),
    original_signature: get('signature', ''),
  };
  if (pyHasKey(processed, 'json_dump')) {
    crash.crashing_thread = glomGet(processed, ['json_dump', 'crash_info', 'crashing_thread'], null);
    crash.reason = glomGet(processed, ['json_dump', 'crash_info', 'type'], null);
    crash.threads = glomGet(processed, ['json_dump', 'threads'], null);
    crash.os = glomGet(processed, ['json_dump', 'system_info', 'os'], null);
  }
  if (pyHasKey(processed, 'java_exception')) crash.java_exception = processed.java_exception;
  if (pyHasKey(processed, 'java_stack_trace')) crash.java_stack_trace = processed.java_stack_trace;
  return crash;
}

/**
 * Tells a processed crash (Crash Stats API shape) from signature crash data
 * the way siggen's `signify` does: an object with a `json_dump` key is a
 * processed crash, anything else is crash data. (Processed crashes from Crash
 * Stats' history carry `original_signature` too, so no other key decides.)
 */
export function isProcessedCrash(value: unknown): boolean {
  return isPyDict(value) && pyHasKey(value, 'json_dump');
}
