import { crashField } from '../python/crashFields.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** bug 1796389: stack overflows get a `stackoverflow | ` prefix. */
export const StackOverflowSignature: Rule = {
  name: 'StackOverflowSignature',
  predicate(crash, _state, context) {
    const reason = crashField(crash, 'reason');
    return checkField(context, 'reason', reason, 'is "EXCEPTION_STACK_OVERFLOW"', reason === 'EXCEPTION_STACK_OVERFLOW');
  },
  action(_crash, state) {
    return { state: withSignature(state, this.name, `stackoverflow | ${state.signature}`) };
  },
};
