import { crashField } from '../python/crashFields.ts';
import { pyStr } from '../python/pyStr.ts';
import { pyTruthy } from '../python/pyValues.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** An EMPTY signature says more with the stackwalker's error appended (`...; ERROR_MINIDUMP_NOT_FOUND`). */
export const StackwalkerErrorSignatureRule: Rule = {
  name: 'StackwalkerErrorSignatureRule',
  predicate(crash, state, context) {
    if (!checkField(context, 'signature', state.signature, 'starts with "EMPTY"', state.signature.startsWith('EMPTY'))) return false;
    const status = crashField(crash, 'mdsw_status_string');
    return checkField(context, 'mdsw_status_string', status, 'is set', pyTruthy(status));
  },
  action(crash, state) {
    const status = pyStr(crashField(crash, 'mdsw_status_string'));
    return { state: withSignature(state, this.name, `${state.signature}; ${status}`) };
  },
};
