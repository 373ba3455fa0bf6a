import type { CrashData } from '../types.ts';
import { compileSiglists } from '../siglists/compileSiglists.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { createThreadLister } from '../frames/threadFrames.ts';
import { INITIAL_STATE, type SignatureState } from '../signatureState.ts';
import type { Rule, RuleContext } from './Rule.ts';

/** A context over empty siglists, for rule tests that do not walk stacks. */
export function emptyListsContext(): RuleContext {
  const siglists = compileSiglists(siglistTexts({}));
  return { siglists, listFrames: createThreadLister(siglists.lineNumbers), explain: true };
}

/** Runs one rule the way the pipeline does: action only when the predicate holds. */
export function applyRule(rule: Rule, crash: CrashData, signature = '', context = emptyListsContext()): SignatureState | null {
  const state = { ...INITIAL_STATE, signature };
  return rule.predicate(crash, state, context) ? rule.action(crash, state, context).state : null;
}
