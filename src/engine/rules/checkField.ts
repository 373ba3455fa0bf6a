import type { RuleContext } from './Rule.ts';

const MAX_SHOWN = 160;

/** A value as a trace shows it: JSON, cut to a readable length; an absent field says so. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) : value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/**
 * Returns `held`, and in a traced run notes what the rule read and tested, so
 * explanations quote the engine's own evaluation. `test` may be a function:
 * its words are then only built when someone reads them.
 */
export function checkField(context: RuleContext, field: string, value: unknown, test: string | (() => string), held: boolean): boolean {
  context.checks?.push({ field, value: showValue(value), test: typeof test === 'string' ? test : test(), held });
  return held;
}
