import { PyError, pyTypeName } from './pyErrors.ts';
import { pyReprString } from './pyStr.ts';
import { pyStrip } from './pyText.ts';

const PLAIN_DECIMAL = /^-?[0-9]{1,15}$/;
const DECIMAL_LITERAL = /^[+-]?\d+(?:_\d+)*$/u;

/** Why `int(value)` would raise, without raising (ordinary data must not cost an exception). */
export interface PyIntFailure {
  readonly pythonType: 'ValueError' | 'TypeError';
  readonly message: () => string;
}

const failure = (pythonType: PyIntFailure['pythonType'], message: () => string): PyIntFailure => ({ pythonType, message });

/**
 * Python's `int(value)` for JSON-shaped values: floats truncate, bools are
 * 0/1, strings may carry whitespace, a sign and underscores between digits.
 * Answers the number, or the ValueError/TypeError Python would raise.
 */
export function tryPyInt(value: unknown): number | PyIntFailure {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return failure(Number.isNaN(value) ? 'ValueError' : 'TypeError', () => 'cannot convert float to integer');
    return Math.trunc(value);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    if (PLAIN_DECIMAL.test(value)) return Number(value);
    const text = pyStrip(value);
    // Python accepts any Unicode decimal digit; normalise them to ASCII first.
    const ascii = text.replace(/\p{Nd}/gu, (d) => String(unicodeDigitValue(d)));
    if (!DECIMAL_LITERAL.test(ascii)) return failure('ValueError', () => `invalid literal for int() with base 10: ${pyReprString(value)}`);
    return Number(ascii.replace(/_/g, ''));
  }
  return failure('TypeError', () => `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`);
}

/** Python's `int(value)`, raising what Python raises. */
export function pyInt(value: unknown): number {
  const result = tryPyInt(value);
  if (typeof result === 'number') return result;
  throw new PyError(result.pythonType, result.message());
}

// Unicode lays out decimal digits in runs of whole ten-digit sets, so a
// digit's value is its distance from the start of its run, modulo ten.
function unicodeDigitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 48;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/** `int(value)` that answers `null` where Python raises TypeError/ValueError. */
export function pyIntOrNone(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const result = tryPyInt(value);
  return typeof result === 'number' ? result : null;
}
