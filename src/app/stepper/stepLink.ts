import type { StepperState } from './stepperTypes.ts';

/** A step a link can point at: far more than any crash has (40 frames twice, two walks, 14 rules). */
const MAX_STEP = 10_000;

/** Checks an untrusted `step` record of a link; undefined when absent, null when malformed. */
export function readStepLink(value: unknown): StepperState | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { lists, index, hideUnchanged } = value as Record<string, unknown>;
  if (lists !== 'stock' && lists !== 'edited') return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > MAX_STEP) return null;
  if (hideUnchanged !== undefined && typeof hideUnchanged !== 'boolean') return null;
  return { lists, index, hideUnchanged: hideUnchanged === true };
}
