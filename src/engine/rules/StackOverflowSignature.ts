import { crashField } from '../python/crashFields.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';

/** bug 1796389: stack overflows get a `stackoverflow | ` prefix. */
export const StackOverflowSignature: Rule = {
  name: 'StackOverflowSignature',
  predicate: (crash) => crashField(crash, 'reason') === 'EXCEPTION_STACK_OVERFLOW',
  action(_crash, state) {
    return { state: withSignature(state, this.name, `stackoverflow | ${state.signature}`) };
  },
};
