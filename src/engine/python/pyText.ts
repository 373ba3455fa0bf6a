/**
 * Python `str` methods whose notion of whitespace or line breaks differs
 * from JavaScript's (JS trim() strips U+FEFF, Python strips U+001C-U+001F, U+0085).
 */

/** Characters for which Python's `str.isspace()` is true. */
export const PY_WHITESPACE =
  '\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

const WHITESPACE_SET = new Set(PY_WHITESPACE);

export function pyIsSpace(ch: string): boolean {
  return WHITESPACE_SET.has(ch);
}

function isInSet(chars: string | undefined): (ch: string) => boolean {
  if (chars === undefined) return pyIsSpace;
  const set = new Set(chars);
  return (ch) => set.has(ch);
}

/** `text.strip(chars)`; without chars, strips Python whitespace. */
export function pyStrip(text: string, chars?: string): string {
  return pyRStrip(pyLStrip(text, chars), chars);
}

export function pyLStrip(text: string, chars?: string): string {
  const strip = isInSet(chars);
  let start = 0;
  while (start < text.length && strip(text[start] as string)) start++;
  return start === 0 ? text : text.slice(start);
}

export function pyRStrip(text: string, chars?: string): string {
  const strip = isInSet(chars);
  let end = text.length;
  while (end > 0 && strip(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

// eslint-disable-next-line no-control-regex -- Python's line breaks include these control characters.
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]/u;

/** `text.splitlines()`: no trailing empty item, all of Python's line breaks. */
export function pySplitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Code-point order, as Python compares strings (JS compares UTF-16 units). */
export function pyCompareStrings(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const x = (left[i] as string).codePointAt(0) as number;
    const y = (right[i] as string).codePointAt(0) as number;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

/** `text[:n]` counted in code points, as Python slices. */
export function pySliceStart(text: string, n: number): string {
  // Fast path: without surrogates, code units are code points.
  if (!/[\ud800-\udfff]/.test(text)) return text.slice(0, n);
  return Array.from(text).slice(0, n).join('');
}

/** `len(text)` in code points. */
export function pyLen(text: string): number {
  if (!/[\ud800-\udfff]/.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}
