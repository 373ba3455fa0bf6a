import { PyError, pyTypeName } from './pyErrors.ts';
import { isWholeFloat } from './pyNumbers.ts';
import { pyReprString } from './pyStr.ts';
import { pyStrip } from './pyText.ts';

const PLAIN_DECIMAL = /^-?[0-9]{1,15}$/;
const DECIMAL_LITERAL = /^[+-]?\d+(?:_\d+)*$/u;

/** Why `int(value)` would raise, without raising (ordinary data must not cost an exception). */
export interface PyIntFailure {
  readonly pythonType: 'ValueError' | 'TypeError' | 'OverflowError';
  readonly message: () => string;
}

const failure = (pythonType: PyIntFailure['pythonType'], message: () => string): PyIntFailure => ({ pythonType, message });

/**
 * Python's `int(value)` for JSON-shaped values: floats truncate, bools are
 * 0/1, strings may carry whitespace, a sign and underscores between digits.
 * Answers the number, or the ValueError/TypeError/OverflowError Python would raise.
 */
export function tryPyInt(value: unknown): number | PyIntFailure {
  if (typeof value === 'number' || isWholeFloat(value)) {
    const number = Number(value);
    if (Number.isNaN(number)) return failure('ValueError', () => 'cannot convert float NaN to integer');
    if (!Number.isFinite(number)) return failure('OverflowError', () => 'cannot convert float infinity to integer');
    return Math.trunc(number);
  }
  // An int past 2^53: near enough for what int() is used for here (thread indexes, size thresholds).
  if (typeof value === 'bigint') return Number(value);
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

/**
 * `int(value)` that answers `null` where Python raises TypeError/ValueError,
 * as upstream's `int_or_none` and `get_crashing_thread` catch them; an
 * OverflowError (an infinite float) is not caught there either, so it raises.
 */
export function pyIntOrNone(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const result = tryPyInt(value);
  if (typeof result === 'number') return result;
  if (result.pythonType === 'OverflowError') throw new PyError(result.pythonType, result.message());
  return null;
}

/** `int_or_none` keeping ints past 2^53 exact, as the converted crash holds them in Python. */
export function pyExactIntOrNone(value: unknown): number | bigint | null {
  if (typeof value === 'bigint') return value;
  const result = pyIntOrNone(value);
  // A float past 2^53 truncates to the int of exactly its value, which BigInt gives.
  return result !== null && !Number.isSafeInteger(result) ? BigInt(result) : result;
}
