import { PY_WHITESPACE, pyStrip } from '../python/pyText.ts';
import { withSignature } from '../signatureState.ts';
import { ALWAYS, type Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

const WHITESPACE = new RegExp(`[${PY_WHITESPACE}]`, 'gu');
const RUNS_OF_SPACES = / {2,}/g;

/** Trims, turns every whitespace character into a space and squeezes runs of spaces. */
export const SigFixWhitespace: Rule = {
  name: 'SigFixWhitespace',
  predicate: ALWAYS,
  action(_crash, state, context) {
    const fixed = pyStrip(state.signature).replace(WHITESPACE, ' ').replace(RUNS_OF_SPACES, ' ');
    const needed = checkField(context, 'signature', state.signature, 'has whitespace other than single spaces, or at an end', fixed !== state.signature);
    return needed ? { state: withSignature(state, this.name, fixed) } : { state };
  },
};
