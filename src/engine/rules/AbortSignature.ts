import { crashField } from '../python/crashFields.ts';
import { pyContains, pyTruthy } from '../python/pyValues.ts';
import { pyStrip } from '../python/pyText.ts';
import { requireString } from '../python/requireString.ts';
import { keepPrintableAscii } from '../python/keepPrintableAscii.ts';
import { withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

const ABORT_MARKER = '###!!! ABORT:';
const MAX_MESSAGE = 80;

/** The part of an abort message worth a bucket: no preamble, file/line, or localised font names. */
function cleanAbortMessage(raw: unknown): string {
  let message = raw;
  if (pyContains(message, ABORT_MARKER)) {
    // Newer reports put unrelated text before the marker.
    message = requireString(message, 'split').split(ABORT_MARKER).slice(1).join(ABORT_MARKER);
  }
  if (pyContains(message, ': file ')) {
    // File names and line numbers change every build.
    message = requireString(message, 'split').split(': file ')[0];
  }
  if (pyContains(message, 'unable to find a usable font')) {
    // bug 1385966: the parenthesised part is localised.
    const text = requireString(message, 'find');
    const open = text.indexOf('(');
    if (open !== -1) {
      const close = text.lastIndexOf(')');
      if (close !== -1) message = text.slice(0, open) + text.slice(close + 1);
    }
  }
  let cleaned = pyStrip(keepPrintableAscii(requireString(message, 'strip')));
  if (cleaned.length > MAX_MESSAGE) cleaned = `${cleaned.slice(0, MAX_MESSAGE - 3)}...`;
  return cleaned;
}

/** bug 803779: crashes from MOZ_CRASH/aborts carry their message in the signature. */
export const AbortSignature: Rule = {
  name: 'AbortSignature',
  predicate(crash, _state, context) {
    const message = crashField(crash, 'abort_message');
    return checkField(context, 'abort_message', message, 'is set', pyTruthy(message));
  },
  action(crash, state, context) {
    const raw = crashField(crash, 'abort_message');
    if (checkField(context, 'abort_message', raw, 'contains "###!!! ABORT: file " (nothing but a file name)', pyContains(raw, '###!!! ABORT: file '))) {
      // Only a file name after the marker: nothing worth putting in the signature.
      return { state: withSignature(state, this.name, `Abort | ${state.signature}`) };
    }
    return { state: withSignature(state, this.name, `Abort | ${cleanAbortMessage(raw)} | ${state.signature}`) };
  },
};
