import { keepPrintableAscii } from '../python/keepPrintableAscii.ts';
import { pyStrip } from '../python/pyText.ts';
import { withNote, withSignature } from '../signatureState.ts';
import { ALWAYS, type Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/** Signatures are ids people type and search: printable ASCII only, no edge whitespace. */
export const SigPrintableCharsOnly: Rule = {
  name: 'SigPrintableCharsOnly',
  predicate: ALWAYS,
  action(_crash, state, context) {
    const cleaned = keepPrintableAscii(pyStrip(state.signature));
    if (!checkField(context, 'signature', state.signature, 'has unprintable characters or whitespace at an end', cleaned !== state.signature)) return { state };
    return { state: withNote(withSignature(state, this.name, cleaned), this.name, 'unprintable characters removed') };
  },
};
