import { isQuietRule, type SignatureStep } from '../../engine/index.ts';

// The state itself lives apart, so the crash detail can hold it without loading the engine's explanations.
export { START_STEPPING, type StepperState } from './stepperTypes.ts';

/** The indexes of the steps shown: all, or all but the rules that changed nothing. */
export function shownSteps(steps: readonly SignatureStep[], hideUnchanged: boolean): number[] {
  const shown: number[] = [];
  steps.forEach((step, index) => {
    if (!hideUnchanged || !isQuietRule(step)) shown.push(index);
  });
  return shown;
}

export type StepMove = 'first' | 'previous' | 'next' | 'last';

/** The step a move lands on, among the shown ones; a hidden current step counts from where it sits. */
export function moveStep(shown: readonly number[], current: number, move: StepMove): number {
  if (shown.length === 0) return current;
  if (move === 'first') return shown[0] as number;
  if (move === 'last') return shown[shown.length - 1] as number;
  if (move === 'next') return shown.find((index) => index > current) ?? (shown[shown.length - 1] as number);
  return [...shown].reverse().find((index) => index < current) ?? (shown[0] as number);
}

/** The shown step nearest to `index` (itself when shown), for a filter that hid the current one. */
export function nearestShown(shown: readonly number[], index: number): number {
  if (shown.length === 0 || shown.includes(index)) return index;
  return shown.find((candidate) => candidate > index) ?? (shown[shown.length - 1] as number);
}
