import { withSignature } from '../signatureState.ts';
import { SignatureGenerationRule } from './SignatureGenerationRule.ts';
import type { Rule } from './Rule.ts';

/**
 * Shutdown hangs are crashed on purpose by a watchdog thread when the main
 * thread (thread 0) is stuck, so the signature comes from thread 0's stack,
 * prefixed with `shutdownhang | `.
 */
export const SignatureRunWatchDog: Rule = {
  name: 'SignatureRunWatchDog',
  predicate: (_crash, state) => state.signature.includes('RunWatchdog'),
  action(crash, state, context) {
    // A copy pointing at thread 0: the crash itself is left as it came. (Upstream's
    // inner rule reads the packaged siglists; in production those are the edited
    // ones once shipped, so the lists in effect are used here.)
    const onMainThread = { ...crash, crashing_thread: 0 };
    const output = SignatureGenerationRule.action(onMainThread, state, context);
    return { ...output, state: withSignature(output.state, this.name, `shutdownhang | ${output.state.signature}`) };
  },
};
