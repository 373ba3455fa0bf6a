import { crashField } from '../python/crashFields.ts';
import { PyError } from '../python/pyErrors.ts';
import { pyJsonLoads } from '../python/pyJsonLoads.ts';
import { pyReprString, pyStr } from '../python/pyStr.ts';
import { pyCompareStrings } from '../python/pyText.ts';
import { isPyDict, pyGet, pyIterate, pyTruthy } from '../python/pyValues.ts';
import { withNote, withSignature } from '../signatureState.ts';
import type { Rule } from './Rule.ts';
import { checkField } from './checkField.ts';
import { joinFrames } from '../signature/joinFrames.ts';

/** A blocker is named by a string, or by an object's `name`. */
function conditionName(condition: unknown): string {
  if (!isPyDict(condition)) return pyStr(condition);
  if (!Object.hasOwn(condition, 'name')) throw new PyError('KeyError', pyReprString('name'));
  return pyStr(condition.name);
}

/**
 * Shutdown timeouts are grouped by shutdown phase and the blockers that
 * never finished, not by the (irrelevant) crashing stack:
 * `AsyncShutdownTimeout | <phase> | <sorted blocker names>`.
 */
export const SignatureShutdownTimeout: Rule = {
  name: 'SignatureShutdownTimeout',
  predicate(crash, _state, context) {
    const timeout = crashField(crash, 'async_shutdown_timeout');
    return checkField(context, 'async_shutdown_timeout', timeout, 'is set', pyTruthy(timeout));
  },
  action(crash, state) {
    const parts = ['AsyncShutdownTimeout'];
    let next = state;
    try {
      const data = pyJsonLoads(crashField(crash, 'async_shutdown_timeout'));
      const phase = pyGet(data, 'phase');
      parts.push(typeof phase === 'string' ? phase : '(unknown)');
      const conditions = pyGet(data, 'conditions');
      const names = (pyTruthy(conditions) ? pyIterate(conditions) : []).map(conditionName);
      parts.push(names.length > 0 ? names.sort(pyCompareStrings).join(',') : '(none)');
    } catch (error) {
      // Only unparseable JSON and nameless blockers are forgiven, as upstream.
      if (!(error instanceof PyError && (error.pythonType === 'ValueError' || error.pythonType === 'KeyError'))) throw error;
      parts.push('UNKNOWN');
      next = withNote(next, this.name, `Error parsing AsyncShutdownTimeout: ${error.message}`);
    }
    next = withNote(next, this.name, `Signature replaced with a Shutdown Timeout signature, was: "${state.signature}"`);
    return { state: withSignature(next, this.name, joinFrames(parts)) };
  },
};
