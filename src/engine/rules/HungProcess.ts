import { crashField } from '../python/crashFields.ts';
import { pyStr } from '../python/pyStr.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';

/** bug 1826703: hang reports get `hang: <type> | ` in front, whatever the type value. */
export const HungProcess: Rule = {
  name: 'HungProcess',
  predicate: (crash) => crashField(crash, 'hang') !== null && crashField(crash, 'hang') !== undefined,
  action(crash, state) {
    return { state: withSignature(state, this.name, `hang: ${pyStr(crashField(crash, 'hang'))} | ${state.signature}`) };
  },
};
