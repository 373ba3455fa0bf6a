import { PyError, pyTypeName } from './pyErrors.ts';
import { pyNumberFromJson } from './pyNumbers.ts';

/**
 * `json.loads(text)` with CPython's semantics and error messages, because
 * upstream puts the decoder's message into a note
 * ("Error parsing AsyncShutdownTimeout: Expecting value: line 1 column 1 (char 0)").
 * Unlike JSON.parse it accepts NaN/Infinity, rejects a BOM and keeps numbers
 * as Python does (whole floats boxed, big ints exact: see pyNumbers.ts).
 * Objects are ordinary ones, as JSON.parse makes them (`__proto__` is a key).
 */
export function pyJsonLoads(text: unknown): unknown {
  if (typeof text !== 'string') {
    throw new PyError('TypeError', `the JSON object must be str, bytes or bytearray, not ${pyTypeName(text)}`);
  }
  if (text.startsWith('\ufeff')) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', text, 0);
  const parser = new Parser(text);
  const start = parser.skipWhitespace(0);
  const [value, end] = parser.value(start);
  const after = parser.skipWhitespace(end);
  if (after !== text.length) throw decodeError('Extra data', text, after);
  return value;
}

/** The ValueError subclass Python raises; its text carries the position. */
export class PyJsonDecodeError extends PyError {}

function decodeError(message: string, doc: string, pos: number): PyJsonDecodeError {
  const lineno = countNewlines(doc, pos) + 1;
  const lastNewline = doc.lastIndexOf('\n', pos - 1);
  const colno = lastNewline === -1 || pos === 0 ? pos + 1 : pos - lastNewline;
  return new PyJsonDecodeError('ValueError', `${message}: line ${lineno} column ${colno} (char ${pos})`);
}

function countNewlines(doc: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (doc.charCodeAt(i) === 10) n++;
  return n;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Throws this to mean "no value starts here" (CPython's StopIteration). */
class NoValue {
  constructor(readonly at: number) {}
}

class Parser {
  constructor(private readonly s: string) {}

  skipWhitespace(i: number): number {
    const s = this.s;
    while (i < s.length) {
      const c = s[i];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
      i++;
    }
    return i;
  }

  value(i: number): [unknown, number] {
    try {
      return this.scan(i);
    } catch (stop) {
      if (stop instanceof NoValue) throw decodeError('Expecting value', this.s, stop.at);
      throw stop;
    }
  }

  private scan(i: number): [unknown, number] {
    const s = this.s;
    if (i >= s.length) throw new NoValue(i);
    const c = s[i];
    if (c === '"') return this.string(i + 1);
    if (c === '{') return this.object(i + 1);
    if (c === '[') return this.array(i + 1);
    if (s.startsWith('null', i)) return [null, i + 4];
    if (s.startsWith('true', i)) return [true, i + 4];
    if (s.startsWith('false', i)) return [false, i + 5];
    if (s.startsWith('NaN', i)) return [Number.NaN, i + 3];
    if (s.startsWith('Infinity', i)) return [Number.POSITIVE_INFINITY, i + 8];
    if (s.startsWith('-Infinity', i)) return [Number.NEGATIVE_INFINITY, i + 9];
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m) return [pyNumberFromJson(m[0]), i + m[0].length];
    throw new NoValue(i);
  }

  private string(begin: number): [string, number] {
    const s = this.s;
    let out = '';
    let i = begin;
    for (;;) {
      // Runs of plain characters are taken whole.
      const run = i;
      for (let c = s.charCodeAt(i); c >= 0x20 && c !== 0x22 && c !== 0x5c; c = s.charCodeAt(++i));
      if (i > run) out += s.slice(run, i);
      if (i >= s.length) throw decodeError('Unterminated string starting at', s, begin - 1);
      const c = s[i] as string;
      if (c === '"') return [out, i + 1];
      if (c !== '\\') throw decodeError('Invalid control character at', s, i);
      const esc = s[i + 1];
      if (esc === undefined) throw decodeError('Unterminated string starting at', s, begin - 1);
      if (esc !== 'u') {
        const decoded = ESCAPES[esc];
        if (decoded === undefined) throw decodeError('Invalid \\escape', s, i);
        out += decoded;
        i += 2;
        continue;
      }
      const [unit, next] = this.hex4(i);
      let code = unit;
      let end = next;
      // A high surrogate followed by an escaped low surrogate forms one character.
      if (unit >= 0xd800 && unit <= 0xdbff && s.startsWith('\\u', next)) {
        const [low, afterLow] = this.hex4(next);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
          end = afterLow;
        }
      }
      out += String.fromCodePoint(code);
      i = end;
    }
  }

  private hex4(backslash: number): [number, number] {
    const digits = this.s.slice(backslash + 2, backslash + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw decodeError('Invalid \\uXXXX escape', this.s, backslash + 1);
    return [parseInt(digits, 16), backslash + 6];
  }

  private object(start: number): [Record<string, unknown>, number] {
    const s = this.s;
    const out: Record<string, unknown> = {};
    let i = this.skipWhitespace(start);
    if (s[i] === '}') return [out, i + 1];
    for (;;) {
      if (s[i] !== '"') throw decodeError('Expecting property name enclosed in double quotes', s, i);
      const [key, afterKey] = this.string(i + 1);
      i = this.skipWhitespace(afterKey);
      if (s[i] !== ':') throw decodeError("Expecting ':' delimiter", s, i);
      i = this.skipWhitespace(i + 1);
      const [value, afterValue] = this.value(i);
      // As JSON.parse does: "__proto__" is a key like any other, not the prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
      i = this.skipWhitespace(afterValue);
      if (s[i] === '}') return [out, i + 1];
      if (s[i] !== ',') throw decodeError("Expecting ',' delimiter", s, i);
      i = this.skipWhitespace(i + 1);
    }
  }

  private array(start: number): [unknown[], number] {
    const s = this.s;
    const out: unknown[] = [];
    let i = this.skipWhitespace(start);
    if (s[i] === ']') return [out, i + 1];
    for (;;) {
      const [value, afterValue] = this.value(i);
      out.push(value);
      i = this.skipWhitespace(afterValue);
      if (s[i] === ']') return [out, i + 1];
      if (s[i] !== ',') throw decodeError("Expecting ',' delimiter", s, i);
      i = this.skipWhitespace(i + 1);
    }
  }
}
