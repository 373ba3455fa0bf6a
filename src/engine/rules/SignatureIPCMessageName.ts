import { crashField } from '../python/crashFields.ts';
import { pyStr } from '../python/pyStr.ts';
import { pyTruthy } from '../python/pyValues.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** Crashes while handling an IPC message are told apart by the message: `... | IPC_Message_Name=<name>`. */
export const SignatureIPCMessageName: Rule = {
  name: 'SignatureIPCMessageName',
  predicate(crash, _state, context) {
    const name = crashField(crash, 'ipc_message_name');
    return checkField(context, 'ipc_message_name', name, 'is set', pyTruthy(name));
  },
  action(crash, state) {
    const name = pyStr(crashField(crash, 'ipc_message_name'));
    return { state: withSignature(state, this.name, `${state.signature} | IPC_Message_Name=${name}`) };
  },
};
