import { crashField } from '../python/crashFields.ts';
import { pyStr } from '../python/pyStr.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** bug 1826703: hang reports get `hang: <type> | ` in front, whatever the type value. */
export const HungProcess: Rule = {
  name: 'HungProcess',
  predicate(crash, _state, context) {
    const hang = crashField(crash, 'hang');
    return checkField(context, 'hang', hang, 'is present (any value but null)', hang !== null && hang !== undefined);
  },
  action(crash, state) {
    return { state: withSignature(state, this.name, `hang: ${pyStr(crashField(crash, 'hang'))} | ${state.signature}`) };
  },
};
