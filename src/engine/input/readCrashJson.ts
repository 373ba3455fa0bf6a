import { nestsDeeperThan, tooDeep } from '../nestingDepth.ts';
import { glomGet } from '../python/glomGet.ts';
import { PyJsonDecodeError, pyJsonLoads } from '../python/pyJsonLoads.ts';
import { crashingIndex, keepWhatSigningReads } from './keepWhatSigningReads.ts';
import { INVALID, JsonScanner, skipWhitespace, TOO_DEEP } from './scanJson.ts';
import { JSON_DUMP_FIELDS, TOP_LEVEL_FIELDS } from './signingFields.ts';

/** An input read: the value (cut to what signing reads), or what is wrong with the text. */
export type CrashJsonRead = { readonly value: unknown } | { readonly error: string };

/** The selective walk met something it leaves to the full parse (a key twice, say). */
const GIVE_UP = -3;

/** A value to build from its text: `target[key]` = the JSON between `start` and `end`. */
interface Pending {
  readonly target: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly start: number;
  readonly end: number;
  /** Its numbers need Python's reading (see ScanFlags.pythonNumbers). */
  readonly python: boolean;
}

/** A list of threads seen but not yet built: each element's start, end and python flag, in threes. */
interface ThreadList {
  readonly target: Record<string, unknown>;
  readonly key: string;
  readonly spans: number[];
  /** The crashing thread's index, asked once the other fields are built. */
  readonly crashing: () => number | null;
}

/**
 * One walk over an input's text: every part is validated as Python's `json`
 * would read it, the parts signing reads are noted by position and built at
 * the end (JSON.parse of those parts alone, or Python's reading where their
 * numbers need it), and the rest is skipped without building anything.
 */
class SelectiveWalk {
  private readonly pending: Pending[] = [];
  private readonly threadLists: ThreadList[] = [];

  private readonly s: string;

  constructor(private readonly scan: JsonScanner) {
    this.s = scan.s;
  }

  /** The kept value of the object at `i` (`{`): its end, or INVALID, TOO_DEEP, GIVE_UP. */
  readCrash(i: number, depth: number, out: Record<string, unknown>): number {
    return this.members(i, (key, at) => {
      if (!TOP_LEVEL_FIELDS.has(key)) return this.scan.skipValue(at, depth + 1);
      if (Object.hasOwn(out, key)) return GIVE_UP;
      const c = this.s.charCodeAt(at);
      if (key === 'json_dump' && c === 0x7b) {
        const dump: Record<string, unknown> = {};
        out.json_dump = dump;
        return this.readJsonDump(at, depth + 1, dump);
      }
      if (key === 'threads' && c === 0x5b) return this.threads(at, depth + 1, out, key, () => crashingIndex(Object.hasOwn(out, 'crashing_thread') ? out.crashing_thread : 0));
      return this.keep(at, depth + 1, out, key);
    });
  }

  private readJsonDump(i: number, depth: number, dump: Record<string, unknown>): number {
    return this.members(i, (key, at) => {
      if (!JSON_DUMP_FIELDS.has(key)) return this.scan.skipValue(at, depth + 1);
      if (Object.hasOwn(dump, key)) return GIVE_UP;
      const c = this.s.charCodeAt(at);
      if (key === 'threads' && c === 0x5b) return this.threads(at, depth + 1, dump, key, () => crashingIndex(glomGet(dump, ['crash_info', 'crashing_thread'], null)));
      if (key === 'system_info' && c === 0x7b) {
        const info: Record<string, unknown> = {};
        dump.system_info = info;
        return this.members(at, (infoKey, infoAt) => {
          if (infoKey !== 'os') return this.scan.skipValue(infoAt, depth + 2);
          return Object.hasOwn(info, 'os') ? GIVE_UP : this.keep(infoAt, depth + 2, info, 'os');
        });
      }
      return this.keep(at, depth + 1, dump, key);
    });
  }

  /**
   * Walks `{ "key": value, … }` at `i`; `member` skips or keeps each value and
   * answers its end. (Only three levels are walked this way, far from the depth limit.)
   */
  private members(i: number, member: (key: string, at: number) => number): number {
    const s = this.s;
    i = skipWhitespace(s, i + 1);
    if (s.charCodeAt(i) === 0x7d) return i + 1;
    for (;;) {
      if (s.charCodeAt(i) !== 0x22) return INVALID;
      const keyEnd = this.scan.skipString(i + 1);
      if (keyEnd < 0) return INVALID;
      // A key written with escapes is compared by what it means.
      const key = this.scan.hasBackslash(i + 1, keyEnd - 1) ? (JSON.parse(s.slice(i, keyEnd)) as string) : s.slice(i + 1, keyEnd - 1);
      i = skipWhitespace(s, keyEnd);
      if (s.charCodeAt(i) !== 0x3a) return INVALID;
      i = member(key, skipWhitespace(s, i + 1));
      if (i < 0) return i;
      i = skipWhitespace(s, i);
      const c = s.charCodeAt(i);
      if (c === 0x7d) return i + 1;
      if (c !== 0x2c) return INVALID;
      i = skipWhitespace(s, i + 1);
    }
  }

  /** Notes the value at `i` to be built as `target[key]` (the key is set now, so keys keep their order). */
  private keep(i: number, depth: number, target: Record<string, unknown>, key: string): number {
    this.scan.pythonNumbers = false;
    const end = this.scan.findEnd(i, depth);
    if (end < 0) return end;
    target[key] = null;
    this.pending.push({ target, key, start: i, end, python: this.scan.pythonNumbers });
    return end;
  }

  /** Notes where each thread of the list at `i` (`[`) is; which ones are built waits for the crashing thread. */
  private threads(i: number, depth: number, target: Record<string, unknown>, key: string, crashing: () => number | null): number {
    const s = this.s;
    const spans: number[] = [];
    target[key] = null;
    this.threadLists.push({ target, key, spans, crashing });
    i = skipWhitespace(s, i + 1);
    if (s.charCodeAt(i) === 0x5d) return i + 1;
    for (;;) {
      // Thread 0 is always kept (JSON.parse checks it); the others are checked here, the crashing one again when built.
      this.scan.pythonNumbers = false;
      const end = spans.length === 0 ? this.scan.findEnd(i, depth + 1) : this.scan.skipValue(i, depth + 1);
      if (end < 0) return end;
      spans.push(i, end, this.scan.pythonNumbers ? 1 : 0);
      i = skipWhitespace(s, end);
      const c = s.charCodeAt(i);
      if (c === 0x5d) return i + 1;
      if (c !== 0x2c) return INVALID;
      i = skipWhitespace(s, i + 1);
    }
  }

  /**
   * Builds what was kept: the fields and thread 0 first, then (once the
   * crashing thread is known from them) the crashing thread. False if the
   * parts do not read back (only a bug in the walk could cause that).
   */
  finish(): boolean {
    const first = this.pending;
    const second: Pending[] = [];
    for (const list of this.threadLists) {
      const count = list.spans.length / 3;
      const threads: unknown[] = new Array(count).fill(null);
      list.target[list.key] = threads;
      if (count > 0) first.push(threadAt(list.spans, 0, threads));
    }
    if (!this.build(first)) return false;
    for (const list of this.threadLists) {
      const count = list.spans.length / 3;
      if (count <= 1) continue;
      const threads = list.target[list.key] as unknown[];
      const index = list.crashing();
      // An index signing cannot resolve: every thread is kept (see keepWhatSigningReads).
      if (index === null) for (let n = 1; n < count; n++) second.push(threadAt(list.spans, n, threads));
      else {
        const position = index < 0 ? count + index : index;
        if (position > 0 && position < count) second.push(threadAt(list.spans, position, threads));
      }
    }
    return this.build(second);
  }

  /** One parse for all the parts: JSON.parse, unless a part's numbers need Python's reading. */
  private build(parts: readonly Pending[]): boolean {
    if (parts.length === 0) return true;
    const text = `[${parts.map((part) => this.s.slice(part.start, part.end)).join(',')}]`;
    let values: unknown[];
    try {
      values = (parts.some((part) => part.python) ? pyJsonLoads(text) : JSON.parse(text)) as unknown[];
    } catch {
      return false;
    }
    parts.forEach((part, n) => {
      (part.target as Record<string | number, unknown>)[part.key] = values[n];
    });
    return true;
  }
}

function threadAt(spans: readonly number[], n: number, threads: unknown[]): Pending {
  return { target: threads, key: n, start: spans[3 * n] as number, end: spans[3 * n + 1] as number, python: spans[3 * n + 2] === 1 };
}

/** The text read whole, as Python's `json` reads it: the way for anything the walk left. */
function parseWhole(text: string): CrashJsonRead {
  // The parser recurses: depth is checked by a scan first.
  if (JsonScanner.open(text)?.skipValue(skipWhitespace(text, 0), 0) === TOO_DEEP) return { error: tooDeep() };
  try {
    return { value: pyJsonLoads(text) };
  } catch (error) {
    if (error instanceof PyJsonDecodeError) return { error: `invalid JSON: ${error.message}` };
    // A stack smaller than the limit needs (Python's json raises RecursionError there too).
    if (error instanceof RangeError) return { error: tooDeep() };
    throw error;
  }
}

function readWhole(text: string): CrashJsonRead {
  const read = parseWhole(text);
  return 'error' in read ? read : { value: keepWhatSigningReads(read.value) };
}

/**
 * Reads one input (a processed crash or crash data) from its JSON text,
 * keeping only what signing reads: exactly `keepWhatSigningReads` of what
 * Python's `json.loads` would give (whole floats and big ints as
 * pyNumbers.ts holds them), without building the threads and fields signing
 * never reads. Anything the walk does not handle (a kept key twice, text
 * that is not an object) is read whole instead, with the same result.
 */
export function readCrashJson(text: string): CrashJsonRead {
  const start = skipWhitespace(text, 0);
  if (text.charCodeAt(start) !== 0x7b) return readWhole(text);
  const scan = JsonScanner.open(text);
  if (!scan) return readWhole(text);
  const out: Record<string, unknown> = {};
  const walk = new SelectiveWalk(scan);
  const end = walk.readCrash(start, 0, out);
  if (end === TOO_DEEP) return { error: tooDeep() };
  if (end >= 0 && skipWhitespace(text, end) === text.length && walk.finish()) return { value: out };
  return readWhole(text);
}

/**
 * The items of a `.json` file: one input, or a list of them (`list`), each
 * read as readCrashJson reads one; an item nested too deep is refused alone.
 */
export function readCrashJsonItems(text: string): { readonly list: boolean; readonly items: readonly CrashJsonRead[] } | { readonly error: string } {
  const start = skipWhitespace(text, 0);
  if (text.charCodeAt(start) !== 0x5b) {
    const one = readCrashJson(text);
    return 'error' in one ? one : { list: false, items: [one] };
  }
  const scan = JsonScanner.open(text);
  const items = scan ? readItems(scan, start) : null;
  if (items) return { list: true, items };
  const whole = parseWhole(text);
  if ('error' in whole) return whole;
  return { list: true, items: (whole.value as unknown[]).map((item) => (nestsDeeperThan(item) ? { error: tooDeep() } : { value: keepWhatSigningReads(item) })) };
}

/** Each item of the list at `start`, or null for the whole-text way (the list is invalid, or an item gave up). */
function readItems(scan: JsonScanner, start: number): CrashJsonRead[] | null {
  const s = scan.s;
  const items: CrashJsonRead[] = [];
  let i = skipWhitespace(s, start + 1);
  if (s.charCodeAt(i) === 0x5d) return skipWhitespace(s, i + 1) === s.length ? items : null;
  for (;;) {
    let end: number;
    if (s.charCodeAt(i) === 0x7b) {
      const out: Record<string, unknown> = {};
      const walk = new SelectiveWalk(scan);
      end = walk.readCrash(i, 0, out);
      if (end >= 0 && !walk.finish()) return null;
      if (end >= 0) items.push({ value: out });
    } else {
      end = scan.skipValue(i, 0);
      // Not an object: its value only has to say so.
      if (end >= 0) items.push(parseWhole(s.slice(i, end)));
    }
    if (end === TOO_DEEP) {
      // Its end by its brackets alone (no depth limit): nothing in it is read.
      end = scan.findEnd(i, Number.NEGATIVE_INFINITY);
      items.push({ error: tooDeep() });
    }
    if (end < 0) return null;
    i = skipWhitespace(s, end);
    const c = s.charCodeAt(i);
    if (c === 0x5d) return skipWhitespace(s, i + 1) === s.length ? items : null;
    if (c !== 0x2c) return null;
    i = skipWhitespace(s, i + 1);
  }
}
