/**
 * The fields of an input that signing reads, for processed crashes and crash
 * data alike (which one an input is, is only known once all its keys are
 * read): the converter's fields (convertProcessedCrash.ts), the crash-data
 * fields the rules read, and the ids a loaded crash is named by. What a field
 * holds is kept whole, except these, which are cut (see keepWhatSigningReads):
 * - `threads`: crash data's threads, all but the crashing thread and thread 0;
 * - `json_dump`: only `crash_info`, `system_info.os` and `threads` (cut as above).
 */
export const TOP_LEVEL_FIELDS: ReadonlySet<string> = new Set([
  // processed crash → crash data (upstream's convert_to_crash_data)
  'hang',
  'oom_allocation_size',
  'js_large_allocation_failure',
  'abort_message',
  'mdsw_status_string',
  'async_shutdown_timeout',
  'ipc_channel_error',
  'ipc_message_name',
  'additional_minidumps',
  'signature',
  'json_dump',
  'java_exception',
  'java_stack_trace',
  // crash data, as the rules read it
  'crashing_thread',
  'reason',
  'threads',
  'os',
  'original_signature',
  // what a loaded crash is named by (parseCrashFiles.ts)
  'uuid',
  'crash_id',
  'crashid',
  'id',
]);

/** Of `json_dump`, what the converter reads. */
export const JSON_DUMP_FIELDS: ReadonlySet<string> = new Set(['crash_info', 'system_info', 'threads']);
