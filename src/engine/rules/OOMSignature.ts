import { crashField, getCrashingThread, getThread } from '../python/crashFields.ts';
import { PyError } from '../python/pyErrors.ts';
import { tryPyInt } from '../python/pyInt.ts';
import { pyGet, pyTruthy } from '../python/pyValues.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

const OOM_FRAGMENTS = ['NS_ABORT_OOM', 'mozalloc_handle_oom', 'CrashAtUnhandlableOOM', 'AutoEnterOOMUnsafeRegion', 'alloc::oom::oom'];
const OOM_REASONS: readonly unknown[] = ['STATUS_FATAL_MEMORY_EXHAUSTION', 'STATUS_NO_MEMORY'];
const OOM_LAST_ERRORS: readonly unknown[] = ['ERROR_COMMITMENT_LIMIT', 'ERROR_NOT_ENOUGH_MEMORY'];
/** Allocations up to 256 KiB failing means memory is simply exhausted: one bucket for all. */
const SMALL_ALLOCATION = 262144;

const quoteAll = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** bug 1007530: out-of-memory crashes get `OOM | small` or `OOM | large | <signature>`. */
export const OOMSignature: Rule = {
  name: 'OOMSignature',
  predicate(crash, state, context) {
    const size = crashField(crash, 'oom_allocation_size');
    if (checkField(context, 'oom_allocation_size', size, 'is set', pyTruthy(size))) return true;
    const signature = state.signature;
    if (!checkField(context, 'signature', signature, 'is not empty', signature !== '')) return false;
    const fragment = OOM_FRAGMENTS.find((candidate) => signature.includes(candidate));
    const fragmentTest = () => (fragment ? `contains "${fragment}"` : `contains one of ${quoteAll(OOM_FRAGMENTS)}`);
    if (checkField(context, 'signature', signature, fragmentTest, fragment !== undefined)) return true;
    const index = getCrashingThread(crash);
    const thread = getThread(crash, index);
    if (pyTruthy(thread)) {
      const lastError = pyGet(thread, 'last_error_value', '');
      if (checkField(context, `threads[${index}].last_error_value`, lastError, () => `is one of ${quoteAll(OOM_LAST_ERRORS)}`, OOM_LAST_ERRORS.includes(lastError))) return true;
    } else {
      checkField(context, `threads[${index}]`, thread, 'is present', false);
    }
    const reason = crashField(crash, 'reason');
    if (checkField(context, 'reason', reason, () => `is one of ${quoteAll(OOM_REASONS)}`, OOM_REASONS.includes(reason))) return true;
    const large = crashField(crash, 'js_large_allocation_failure');
    return checkField(context, 'js_large_allocation_failure', large, 'is "Reporting"', large === 'Reporting');
  },
  action(crash, state, context) {
    const large = crashField(crash, 'js_large_allocation_failure');
    if (checkField(context, 'js_large_allocation_failure', large, 'is "Reporting"', large === 'Reporting')) {
      return { state: withSignature(state, this.name, `OOM | large | ${state.signature}`) };
    }
    const raw = crashField(crash, 'oom_allocation_size');
    const size = tryPyInt(raw);
    if (typeof size !== 'number') {
      checkField(context, 'oom_allocation_size', raw, 'is a number', false);
      // Upstream only forgives a missing or non-numeric type; a bad string fails the rule.
      if (size.pythonType === 'TypeError') return { state: withSignature(state, this.name, `OOM | unknown | ${state.signature}`) };
      throw new PyError(size.pythonType, size.message());
    }
    const small = checkField(context, 'oom_allocation_size', raw, `≤ ${SMALL_ALLOCATION} (256 KiB)`, size <= SMALL_ALLOCATION);
    return { state: withSignature(state, this.name, small ? 'OOM | small' : `OOM | large | ${state.signature}`) };
  },
};
