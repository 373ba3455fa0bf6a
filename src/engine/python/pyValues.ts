import { PyError, pyTypeName } from './pyErrors.ts';
import { isWholeFloat } from './pyNumbers.ts';

/** A JSON object, the only kind of value Python would treat as a dict. */
export type PyDict = { readonly [key: string]: unknown };

export function isPyDict(value: unknown): value is PyDict {
  // A boxed Number is a float read from JSON (see pyNumbers.ts), not a dict.
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isWholeFloat(value);
}

/** Python truthiness: empty containers and zero are false too. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return value !== 0; // NaN is truthy in Python too
  if (typeof value === 'bigint') return value !== 0n;
  if (isWholeFloat(value)) return Number(value) !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/**
 * `value.get(key, fallback)` as Python runs it: only dicts have `.get`,
 * anything else raises the AttributeError upstream would turn into a note.
 */
export function pyGet(value: unknown, key: string, fallback: unknown = null): unknown {
  if (!isPyDict(value)) {
    throw new PyError('AttributeError', `'${pyTypeName(value)}' object has no attribute 'get'`);
  }
  const found = value[key];
  // Fast path for present JSON values; the own-property check is only needed
  // for what could come from Object.prototype (absent keys, methods, __proto__).
  if (found === undefined || typeof found === 'function' || key === '__proto__') {
    return Object.hasOwn(value, key) ? found : fallback;
  }
  return found;
}

/** `key in value` for dicts (`in` is key membership). */
export function pyHasKey(value: PyDict, key: string): boolean {
  return Object.hasOwn(value, key);
}

/** `needle in container`: substring for str, membership for list, key for dict. */
export function pyContains(container: unknown, needle: string): boolean {
  if (typeof container === 'string') return container.includes(needle);
  if (Array.isArray(container)) return container.some((item) => item === needle);
  if (isPyDict(container)) return pyHasKey(container, needle);
  throw new PyError('TypeError', `argument of type '${pyTypeName(container)}' is not iterable`);
}

/** Python iteration over a value (`for x in value`), as a list. */
export function pyIterate(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return Array.from(value);
  if (isPyDict(value)) return Object.keys(value);
  throw new PyError('TypeError', `'${pyTypeName(value)}' object is not iterable`);
}
