import { describe, expect, it } from 'vitest';
import { convertProcessedCrash, isProcessedCrash } from './convertProcessedCrash.ts';

describe('convertProcessedCrash', () => {
  it('maps processed crash fields to crash data', () => {
    const processed = {
      uuid: 'x',
      signature: 'prod | sig',
      oom_allocation_size: '12345',
      hang: 1,
      json_dump: { crash_info: { type: 'SIGSEGV', crashing_thread: 2 }, system_info: { os: 'Linux' }, threads: [] },
      java_stack_trace: 'trace',
    };
    expect(convertProcessedCrash(processed)).toEqual({
      hang: 1,
      oom_allocation_size: 12345,
      js_large_allocation_failure: null,
      abort_message: null,
      mdsw_status_string: null,
      async_shutdown_timeout: null,
      ipc_channel_error: null,
      ipc_message_name: null,
      additional_minidumps: [],
      original_signature: 'prod | sig',
      crashing_thread: 2,
      reason: 'SIGSEGV',
      threads: [],
      os: 'Linux',
      java_stack_trace: 'trace',
    });
  });

  it('leaves stack fields out without a json_dump and tolerates odd sizes', () => {
    const crash = convertProcessedCrash({ oom_allocation_size: 'lots' });
    expect(crash.oom_allocation_size).toBeNull();
    expect('threads' in crash).toBe(false);
    expect(crash.original_signature).toBe('');
  });

  it('rejects what is not an object', () => {
    expect(() => convertProcessedCrash([1])).toThrow('a processed crash must be a JSON object');
  });
});

describe('isProcessedCrash', () => {
  it.each([
    [{ uuid: 'x', json_dump: {} }, true],
    [{ uuid: 'x', signature: 's', original_signature: 'older', json_dump: { threads: [] } }, true],
    [{ json_dump: null }, true],
    [{ signature: 's', java_stack_trace: 't' }, false],
    [{ original_signature: 's', threads: [] }, false],
    // Real processed crashes from Crash Stats' history carry original_signature next to json_dump.
    [{ uuid: 'x', original_signature: 'old', signature: 'new', json_dump: { threads: [] } }, true],
    [{ crashing_thread: 0 }, false],
    ['text', false],
  ])('%j → %s', (value, expected) => {
    expect(isProcessedCrash(value)).toBe(expected);
  });
});
