import { crashField } from '../python/crashFields.ts';
import { pyStr } from '../python/pyStr.ts';
import { pyTruthy } from '../python/pyValues.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';

/** An EMPTY signature says more with the stackwalker's error appended (`...; ERROR_MINIDUMP_NOT_FOUND`). */
export const StackwalkerErrorSignatureRule: Rule = {
  name: 'StackwalkerErrorSignatureRule',
  predicate: (crash, state) => state.signature.startsWith('EMPTY') && pyTruthy(crashField(crash, 'mdsw_status_string')),
  action(crash, state) {
    const status = pyStr(crashField(crash, 'mdsw_status_string'));
    return { state: withSignature(state, this.name, `${state.signature}; ${status}`) };
  },
};
