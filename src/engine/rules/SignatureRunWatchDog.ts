import { withSignature } from '../signatureState.ts';
import { baseSignature } from './SignatureGenerationRule.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';

/**
 * Shutdown hangs are crashed on purpose by a watchdog thread when the main
 * thread (thread 0) is stuck, so the signature comes from thread 0's stack,
 * prefixed with `shutdownhang | `.
 */
export const SignatureRunWatchDog: Rule = {
  name: 'SignatureRunWatchDog',
  predicate: (_crash, state, context) => checkField(context, 'signature', state.signature, 'contains "RunWatchdog"', state.signature.includes('RunWatchdog')),
  action(crash, state, context) {
    // Upstream re-runs its generation rule on a copy of the crash pointing at
    // thread 0; asking for thread 0 directly is the same and keeps the crash
    // object as the frame cache's key. (Upstream's inner rule reads the packaged
    // siglists; in production those are the edited ones once shipped, so the
    // lists in effect are used here.)
    const output = baseSignature(crash, state, context, 0);
    return { ...output, state: withSignature(output.state, this.name, `shutdownhang | ${output.state.signature}`) };
  },
};
