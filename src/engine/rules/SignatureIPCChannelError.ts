import { crashField } from '../python/crashFields.ts';
import { PyError, pyTypeName } from '../python/pyErrors.ts';
import { pyStr } from '../python/pyStr.ts';
import { pySliceStart } from '../python/pyText.ts';
import { pyContains, pyTruthy } from '../python/pyValues.ts';
import { withNote, withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** `value[:100]` formatted into the signature. */
function firstHundred(value: unknown): string {
  if (typeof value === 'string') return pySliceStart(value, 100);
  if (Array.isArray(value)) return pyStr(value.slice(0, 100));
  throw new PyError('TypeError', `'${pyTypeName(value)}' object is not subscriptable`);
}

/**
 * IPC channel errors kill a process on purpose; the stack says nothing, so
 * the signature becomes `IPCError-<browser|content> | <error>`, by which
 * process's minidump came along.
 */
export const SignatureIPCChannelError: Rule = {
  name: 'SignatureIPCChannelError',
  predicate(crash, _state, context) {
    const error = crashField(crash, 'ipc_channel_error');
    return checkField(context, 'ipc_channel_error', error, 'is set', pyTruthy(error));
  },
  action(crash, state, context) {
    const minidumps = crashField(crash, 'additional_minidumps');
    const fromBrowser =
      checkField(context, 'additional_minidumps', minidumps, 'is set', pyTruthy(minidumps)) &&
      checkField(context, 'additional_minidumps', minidumps, 'contains "upload_file_minidump_browser"', pyContains(minidumps, 'upload_file_minidump_browser'));
    const signature = `IPCError-${fromBrowser ? 'browser' : 'content'} | ${firstHundred(crashField(crash, 'ipc_channel_error'))}`;
    const noted = withNote(state, this.name, 'IPC Channel Error stomped on signature');
    return { state: withSignature(noted, this.name, signature) };
  },
};
