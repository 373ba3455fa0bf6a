import { crashField, getCrashingThread, getThread } from '../python/crashFields.ts';
import { PyError } from '../python/pyErrors.ts';
import { tryPyInt } from '../python/pyInt.ts';
import { pyGet, pyTruthy } from '../python/pyValues.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';

const OOM_FRAGMENTS = ['NS_ABORT_OOM', 'mozalloc_handle_oom', 'CrashAtUnhandlableOOM', 'AutoEnterOOMUnsafeRegion', 'alloc::oom::oom'];
const OOM_REASONS: readonly unknown[] = ['STATUS_FATAL_MEMORY_EXHAUSTION', 'STATUS_NO_MEMORY'];
const OOM_LAST_ERRORS: readonly unknown[] = ['ERROR_COMMITMENT_LIMIT', 'ERROR_NOT_ENOUGH_MEMORY'];
/** Allocations up to 256 KiB failing means memory is simply exhausted: one bucket for all. */
const SMALL_ALLOCATION = 262144;

/** bug 1007530: out-of-memory crashes get `OOM | small` or `OOM | large | <signature>`. */
export const OOMSignature: Rule = {
  name: 'OOMSignature',
  predicate(crash, state) {
    if (pyTruthy(crashField(crash, 'oom_allocation_size'))) return true;
    const signature = state.signature;
    if (!signature) return false;
    if (OOM_FRAGMENTS.some((fragment) => signature.includes(fragment))) return true;
    const thread = getThread(crash, getCrashingThread(crash));
    if (pyTruthy(thread) && OOM_LAST_ERRORS.includes(pyGet(thread, 'last_error_value', ''))) return true;
    if (OOM_REASONS.includes(crashField(crash, 'reason'))) return true;
    return crashField(crash, 'js_large_allocation_failure') === 'Reporting';
  },
  action(crash, state) {
    if (crashField(crash, 'js_large_allocation_failure') === 'Reporting') {
      return { state: withSignature(state, this.name, `OOM | large | ${state.signature}`) };
    }
    const size = tryPyInt(crashField(crash, 'oom_allocation_size'));
    if (typeof size !== 'number') {
      // Upstream only forgives a missing or non-numeric type; a bad string fails the rule.
      if (size.pythonType === 'TypeError') return { state: withSignature(state, this.name, `OOM | unknown | ${state.signature}`) };
      throw new PyError(size.pythonType, size.message());
    }
    const signature = size <= SMALL_ALLOCATION ? 'OOM | small' : `OOM | large | ${state.signature}`;
    return { state: withSignature(state, this.name, signature) };
  },
};
