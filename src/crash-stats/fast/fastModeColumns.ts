/**
 * The Super Search `_columns` fast mode reads, and why. All are public
 * processed-crash fields that Super Search returns (checked against socorro's
 * `super_search_fields.py` and `processed_crash.schema.yaml` at the commit the
 * stock siglists come from); the README lists them too.
 */
export const FAST_MODE_COLUMNS = [
  'uuid',
  /** The production signature: tells a shutdown hang (proto_signature is then thread 0's). */
  'signature',
  /** The crashing thread's normalised frames joined by " | ": where the frame walk starts. */
  'proto_signature',
  /** Index of the crashing thread: keys the frames, and 0 means a shutdown hang re-signs the same frames. */
  'crashing_thread',
  /** crash_info.type: BadHardware, OOMSignature, StackOverflowSignature. */
  'reason',
  /** The crashing thread's GetLastError(): OOMSignature. */
  'last_error_value',
  'oom_allocation_size',
  'js_large_allocation_failure',
  'abort_message',
  'async_shutdown_timeout',
  /** Only tells that IPCSignatureChannelError fires; browser/content needs additional_minidumps (not returned). */
  'ipc_channel_error',
  'ipc_message_name',
  'hang',
  /** Java crashes signed from the text trace need nothing else. */
  'java_stack_trace',
] as const;

/** Fields signature generation reads that Super Search does not return (each makes some crashes need a full crash). */
export const COLUMNS_NOT_RETURNED = ['additional_minidumps', 'mdsw_status_string', 'java_exception', 'threads'] as const;
