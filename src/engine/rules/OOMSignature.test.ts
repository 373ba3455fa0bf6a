import { describe, expect, it } from 'vitest';
import { OOMSignature } from './OOMSignature.ts';
import { applyRule } from './ruleTestKit.ts';

describe('OOMSignature', () => {
  it.each([
    ['no OOM evidence', {}, 'nsFoo::Bar', null],
    ['small allocation', { oom_allocation_size: 1024 }, 'nsFoo::Bar', 'OOM | small'],
    ['exactly 256 KiB is small', { oom_allocation_size: 262144 }, 'x', 'OOM | small'],
    ['large allocation', { oom_allocation_size: 262145 }, 'x', 'OOM | large | x'],
    ['allocation size as text', { oom_allocation_size: ' 300000 ' }, 'x', 'OOM | large | x'],
    ['OOM function in signature, size unknown', {}, 'mozalloc_handle_oom | x', 'OOM | unknown | mozalloc_handle_oom | x'],
    ['OOM reason', { reason: 'STATUS_NO_MEMORY' }, 'x', 'OOM | unknown | x'],
    ['commitment limit on the crashing thread', { crashing_thread: 1, threads: [{}, { last_error_value: 'ERROR_COMMITMENT_LIMIT' }] }, 'x', 'OOM | unknown | x'],
    ['last error on another thread does not count', { crashing_thread: 0, threads: [{}, { last_error_value: 'ERROR_COMMITMENT_LIMIT' }] }, 'x', null],
    ['JS large allocation failure', { js_large_allocation_failure: 'Reporting', oom_allocation_size: 5 }, 'x', 'OOM | large | x'],
    ['empty signature needs a size', { reason: 'STATUS_NO_MEMORY' }, '', null],
  ])('%s', (_label, crash, signature, expected) => {
    expect(applyRule(OOMSignature, crash, signature)?.signature ?? null).toBe(expected);
  });

  it('fails on a size that is not a number, as upstream', () => {
    expect(() => applyRule(OOMSignature, { oom_allocation_size: 'abc' }, 'x')).toThrow(
      "invalid literal for int() with base 10: 'abc'",
    );
  });
});
