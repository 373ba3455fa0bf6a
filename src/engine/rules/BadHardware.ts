import { crashField } from '../python/crashFields.ts';
import { pyContains, pyTruthy } from '../python/pyValues.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

const BAD_HARDWARE_REASONS = ['STATUS_DEVICE_DATA_ERROR'];

/** bug 1733904: crashes from failing hardware get a `bad hardware | ` prefix. */
export const BadHardware: Rule = {
  name: 'BadHardware',
  predicate(crash, _state, context) {
    const reason = crashField(crash, 'reason');
    return (
      checkField(context, 'reason', reason, 'is set', pyTruthy(reason)) &&
      checkField(context, 'reason', reason, 'contains "STATUS_DEVICE_DATA_ERROR"', BAD_HARDWARE_REASONS.some((fragment) => pyContains(reason, fragment)))
    );
  },
  action(_crash, state) {
    return { state: withSignature(state, this.name, `bad hardware | ${state.signature}`) };
  },
};
