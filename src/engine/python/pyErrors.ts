import { isWholeFloat } from './pyNumbers.ts';

/**
 * Upstream is Python, and when a rule raises, the exception text becomes a
 * note ("<Rule>: Rule failed: <message>"). Our helpers raise this error with
 * the message CPython would print, so those notes read the same.
 */
export class PyError extends Error {
  constructor(
    readonly pythonType: 'AttributeError' | 'TypeError' | 'ValueError' | 'KeyError' | 'IndexError' | 'OverflowError',
    message: string,
  ) {
    super(message);
    this.name = pythonType;
  }
}

/** Python's `type(value).__name__` for JSON-shaped values. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'bigint') return 'int';
  // A boxed Number is a whole float read from JSON (see pyNumbers.ts).
  if (isWholeFloat(value)) return 'float';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'function') return 'function';
  return 'dict';
}
