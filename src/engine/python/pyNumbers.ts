/**
 * JSON numbers as Python's `json` reads them. Python keeps ints and floats
 * apart (`line` 1.0 prints as `1.0`, 1 as `1`) and ints exact at any size;
 * a JS number is neither. So a number read from JSON is:
 * - a plain number for ints within 2^53 and for floats that are not whole
 *   (1.5, NaN, ±inf): JS and Python agree on those;
 * - a boxed Number for whole floats (`1.0`, `1e2`, `-0.0`, `1e-400`): the
 *   box says "float"; structured cloning keeps it (IndexedDB, workers);
 * - a bigint for ints past 2^53, exact as Python's.
 */
export type PyJsonNumber = number | bigint | PyWholeFloat;

/** A float whose value is whole, boxed so it stays a float (see above). */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- the box is the point
export type PyWholeFloat = Number;

export function isWholeFloat(value: unknown): value is PyWholeFloat {
  return value instanceof Number;
}

/** A JSON number literal (already validated) read as Python's `json` reads it. */
export function pyNumberFromJson(literal: string): PyJsonNumber {
  if (!/[.eE]/.test(literal)) {
    const value = Number(literal);
    // `-0` is the int 0 in Python.
    return Number.isSafeInteger(value) ? value + 0 : BigInt(literal);
  }
  // Number() rounds to the nearest double, as Python's float() does (1e999 is inf).
  const value = Number(literal);
  return Number.isInteger(value) ? new Number(value) : value;
}

/** The plain value of a number however it was read: what arithmetic and comparisons use. */
export function numericValue(value: number | bigint | PyWholeFloat): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Python's `repr(float)`: the shortest digits that read back the same, in Python's layout. */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  // JS and Python both pick the shortest round-tripping digits; only the layout differs.
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const exponent = Number(exponentText);
  const sign = negative ? '-' : '';
  // Python writes fixed notation for 1e-4 <= |x| < 1e16, scientific outside.
  if (exponent < -4 || exponent >= 16) {
    const scaled = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const power = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${scaled}e${exponent < 0 ? '-' : '+'}${power}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || '0'}`;
}

/** Python's `str()` of a number however it was read (a whole JS number counts as an int). */
export function pyNumberStr(value: number | bigint | PyWholeFloat): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'number') return pyFloatRepr(Number(value));
  if (Number.isSafeInteger(value)) return String(value);
  // A whole number past 2^53 that came some other way than from JSON: an int, printed exactly.
  return Number.isInteger(value) ? BigInt(value).toString() : pyFloatRepr(value);
}
