import { MAX_NESTING_DEPTH } from '../nestingDepth.ts';

/** A scan ended on text that Python's `json` would refuse. */
export const INVALID = -1;
/** A scan met a value nested deeper than MAX_NESTING_DEPTH. */
export const TOO_DEEP = -2;

const OBJECT = 1;
const ARRAY = 0;
/** Open containers of the value being skipped; depth is capped, so this never grows. */
const open = new Uint8Array(MAX_NESTING_DEPTH + 2);

const isWhitespace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
/** After a backslash: " \ / b f n r t (u is checked apart). */
const isSimpleEscape = (c: number) => c === 0x22 || c === 0x5c || c === 0x2f || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74;

// Control characters are what is looked for here.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\x00-\x1f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\x00-\x1f]/g;

/** The index of the first non-whitespace character at or after `i` (JSON's four, which are Python's too). */
export function skipWhitespace(s: string, i: number): number {
  while (isWhitespace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Walks one JSON text fast, without building anything. Strings are jumped
 * over with indexOf (reading them char by char in JavaScript costs as much as
 * JSON.parse does); what makes a string invalid is checked for the whole text
 * once instead: each escape, in one pass over the backslashes, and control
 * characters, which may only stand outside strings (as whitespace), by their
 * positions. Outside strings every character is read and the grammar checked.
 */
export class JsonScanner {
  /** A number JSON.parse reads otherwise than Python (see skipNumber) was met; callers reset it. */
  pythonNumbers = false;
  /** Positions of control characters, in order; a string must hold none. */
  private readonly controls: readonly number[];
  private nextControl = 0;
  /** The first backslash at or after `backslashFrom`, or Infinity. */
  private backslash = -1;
  private backslashFrom = 0;

  private constructor(
    readonly s: string,
    controls: readonly number[],
  ) {
    this.controls = controls;
  }

  /** A scanner for `s`, or null when an escape in it is one Python's `json` refuses (the text is invalid). */
  static open(s: string): JsonScanner | null {
    for (let b = s.indexOf('\\'); b !== -1; ) {
      const escaped = s.charCodeAt(b + 1);
      let next: number;
      if (escaped === 0x75) {
        if (!isHex(s.charCodeAt(b + 2)) || !isHex(s.charCodeAt(b + 3)) || !isHex(s.charCodeAt(b + 4)) || !isHex(s.charCodeAt(b + 5))) return null;
        next = b + 6;
      } else if (isSimpleEscape(escaped)) {
        next = b + 2;
      } else {
        return null;
      }
      b = s.indexOf('\\', next);
    }
    const controls: number[] = [];
    if (CONTROL_CHARACTER.test(s)) {
      CONTROL_CHARACTERS.lastIndex = 0;
      for (let m = CONTROL_CHARACTERS.exec(s); m; m = CONTROL_CHARACTERS.exec(s)) controls.push(m.index);
    }
    return new JsonScanner(s, controls);
  }

  /** Whether the text between `from` and `to` holds a backslash (positions only ever grow). */
  hasBackslash(from: number, to: number): boolean {
    if (this.backslash < from) {
      const found = this.s.indexOf('\\', Math.max(from, this.backslashFrom));
      this.backslash = found === -1 ? Infinity : found;
      this.backslashFrom = from;
    }
    return this.backslash < to;
  }

  /** The end of the string whose opening quote is at `i - 1` (escapes were checked by `open`), or INVALID. */
  skipString(i: number): number {
    const s = this.s;
    let end = s.indexOf('"', i);
    // A quote after an odd run of backslashes is escaped.
    while (end !== -1 && s.charCodeAt(end - 1) === 0x5c) {
      let k = end - 2;
      while (s.charCodeAt(k) === 0x5c) k--;
      if ((end - 1 - k) % 2 === 0) break;
      end = s.indexOf('"', end + 1);
    }
    if (end === -1) return INVALID;
    if (this.controls.length > 0) {
      // Control characters before this string stood outside strings, where the grammar checked them.
      while (this.nextControl < this.controls.length && (this.controls[this.nextControl] as number) < i) this.nextControl++;
      if (this.nextControl < this.controls.length && (this.controls[this.nextControl] as number) < end) return INVALID;
    }
    return end + 1;
  }

  /**
   * The end of the number (or NaN, Infinity, -Infinity) at `i`, with Python's
   * grammar, or INVALID. Notes one JSON.parse reads otherwise than Python's
   * `json`: with a fraction or exponent (it may be a whole float), 16 digits
   * or more (it may be past 2^53), Infinity (JSON.parse refuses it).
   */
  private skipNumber(i: number): number {
    const s = this.s;
    let c = s.charCodeAt(i);
    if (c === 0x2d) c = s.charCodeAt(++i);
    if (c === 0x49) {
      this.pythonNumbers = true;
      return s.startsWith('Infinity', i) ? i + 8 : INVALID;
    }
    const digits = i;
    if (c === 0x30) c = s.charCodeAt(++i);
    else if (isDigit(c)) while (isDigit((c = s.charCodeAt(++i))));
    else return INVALID;
    if (i - digits >= 16) this.pythonNumbers = true;
    if (c === 0x2e) {
      if (!isDigit(s.charCodeAt(++i))) return INVALID;
      while (isDigit((c = s.charCodeAt(++i))));
      this.pythonNumbers = true;
    }
    if (c === 0x65 || c === 0x45) {
      c = s.charCodeAt(++i);
      if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++i);
      if (!isDigit(c)) return INVALID;
      while (isDigit(s.charCodeAt(++i)));
      this.pythonNumbers = true;
    }
    return i;
  }

  /**
   * The end of the JSON value at `i` (no whitespace before it), validated as
   * Python's `json` would read it, without building anything; INVALID or
   * TOO_DEEP otherwise. `depth`: how many containers enclose the value. A
   * loop with its own stack, not recursion: a hostile file may nest very deep.
   */
  skipValue(i: number, depth: number): number {
    const s = this.s;
    let top = 0;
    for (;;) {
      // A value.
      let c = s.charCodeAt(i);
      if (c === 0x22) {
        i = this.skipString(i + 1);
        if (i < 0) return INVALID;
      } else if (c === 0x7b || c === 0x5b) {
        if (depth + top + 1 > MAX_NESTING_DEPTH) return TOO_DEEP;
        const kind = c === 0x7b ? OBJECT : ARRAY;
        open[top++] = kind;
        i = skipWhitespace(s, i + 1);
        c = s.charCodeAt(i);
        if (c === (kind === OBJECT ? 0x7d : 0x5d)) {
          top--;
          i++;
        } else if (kind === OBJECT) {
          i = this.skipKey(i);
          if (i < 0) return INVALID;
          continue;
        } else {
          continue;
        }
      } else if (c === 0x74) {
        if (!s.startsWith('true', i)) return INVALID;
        i += 4;
      } else if (c === 0x66) {
        if (!s.startsWith('false', i)) return INVALID;
        i += 5;
      } else if (c === 0x6e) {
        if (!s.startsWith('null', i)) return INVALID;
        i += 4;
      } else if (c === 0x4e) {
        if (!s.startsWith('NaN', i)) return INVALID;
        this.pythonNumbers = true;
        i += 3;
      } else {
        i = this.skipNumber(i);
        if (i < 0) return INVALID;
      }
      // After a value: the container goes on, ends, or the value was the whole of it.
      for (;;) {
        if (top === 0) return i;
        i = skipWhitespace(s, i);
        c = s.charCodeAt(i);
        if (c === 0x2c) {
          i = skipWhitespace(s, i + 1);
          if (open[top - 1] === OBJECT) {
            i = this.skipKey(i);
            if (i < 0) return INVALID;
          }
          break;
        }
        if (c !== (open[top - 1] === OBJECT ? 0x7d : 0x5d)) return INVALID;
        top--;
        i++;
      }
    }
  }

  /** Past `"key" :` and the whitespace after it, or INVALID. */
  private skipKey(i: number): number {
    const s = this.s;
    if (s.charCodeAt(i) !== 0x22) return INVALID;
    i = this.skipString(i + 1);
    if (i < 0) return INVALID;
    i = skipWhitespace(s, i);
    if (s.charCodeAt(i) !== 0x3a) return INVALID;
    return skipWhitespace(s, i + 1);
  }

  /**
   * The end of the value at `i`, found without checking its grammar: it is
   * kept, and JSON.parse (or Python's reading) of it checks that. Depth is
   * checked, and numbers that need Python's reading are noted.
   */
  findEnd(i: number, depth: number): number {
    const s = this.s;
    let c = s.charCodeAt(i);
    if (c === 0x22) return this.skipString(i + 1);
    if (c !== 0x7b && c !== 0x5b) return this.skipValue(i, depth);
    let level = 0;
    for (;;) {
      c = s.charCodeAt(i);
      if (c === 0x22) {
        i = this.skipString(i + 1);
        if (i < 0) return INVALID;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        if (depth + ++level > MAX_NESTING_DEPTH) return TOO_DEEP;
      } else if (c === 0x7d || c === 0x5d) {
        if (--level === 0) return i + 1;
      } else if (isDigit(c)) {
        // A run of digits long enough to pass 2^53.
        const start = i;
        while (isDigit(s.charCodeAt(++i)));
        if (i - start >= 16) this.pythonNumbers = true;
        continue;
      } else if (c === 0x74 || c === 0x6e) {
        i += 4; // true, null (their letters are not the number letters below)
        continue;
      } else if (c === 0x66) {
        i += 5; // false
        continue;
      } else if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x4e || c === 0x49) {
        this.pythonNumbers = true; // a fraction, an exponent, NaN or Infinity
      } else if (c !== c) {
        return INVALID; // the text ended inside the value
      }
      i++;
    }
  }
}
