import { pyLen, pySliceStart } from '../python/pyText.ts';
import { withNote, withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** Crash Stats stores at most this many characters of a signature. */
export const SIGNATURE_MAX_LENGTH = 255;

export const SigTruncate: Rule = {
  name: 'SigTruncate',
  predicate(_crash, state, context) {
    const length = pyLen(state.signature);
    return checkField(context, 'signature', state.signature, () => `is longer than ${SIGNATURE_MAX_LENGTH} characters (it has ${length})`, length > SIGNATURE_MAX_LENGTH);
  },
  action(_crash, state) {
    const truncated = `${pySliceStart(state.signature, SIGNATURE_MAX_LENGTH - 3)}...`;
    return { state: withNote(withSignature(state, this.name, truncated), this.name, 'SigTrunc: signature truncated due to length') };
  },
};
