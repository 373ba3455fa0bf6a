import { PythonRegexError, type CharSet, type CharSetItem, type RegexNode } from './pythonRegexAst.ts';

export interface ParseOptions {
  /** Capturing groups that precede this pattern once siglist lines are joined with `|`. */
  readonly groupBase?: number;
  /** Group names that precede this pattern in the joined expression. */
  readonly namesBefore?: ReadonlySet<string>;
}

export interface ParsedRegex {
  readonly root: RegexNode;
  readonly groupCount: number;
  readonly names: readonly string[];
}

const DIGITS = /[0-9]/;
const OCTAL = /[0-7]/;
const HEX = /^[0-9a-fA-F]+$/;
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const CATEGORY_ESCAPES: Readonly<Record<string, CharSetItem>> = {
  d: { kind: 'category', category: 'digit', negated: false },
  D: { kind: 'category', category: 'digit', negated: true },
  s: { kind: 'category', category: 'space', negated: false },
  S: { kind: 'category', category: 'space', negated: true },
  w: { kind: 'category', category: 'word', negated: false },
  W: { kind: 'category', category: 'word', negated: true },
};
const MAX_REPEAT = 4294967295;

/**
 * Parses a Python 3.11 `re` pattern (str, default flags) the way `sre_parse`
 * does, raising PythonRegexError where Python raises `re.error` — and where a
 * construct has no JavaScript equivalent.
 */
export function parsePythonRegex(pattern: string, options: ParseOptions = {}): ParsedRegex {
  return new Parser(Array.from(pattern), options).parse();
}

class Parser {
  private pos = 0;
  private groupCount = 0;
  private readonly openGroups = new Set<number>();
  private readonly names = new Map<string, number>();
  private readonly groupBase: number;
  private readonly namesBefore: ReadonlySet<string>;

  constructor(
    private readonly chars: readonly string[],
    options: ParseOptions,
  ) {
    this.groupBase = options.groupBase ?? 0;
    this.namesBefore = options.namesBefore ?? new Set();
  }

  parse(): ParsedRegex {
    const root = this.alternation();
    if (this.pos < this.chars.length) {
      throw new PythonRegexError(this.peek() === ')' ? 'unbalanced parenthesis' : 'unexpected end of pattern', this.pos);
    }
    return { root, groupCount: this.groupCount, names: [...this.names.keys()] };
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset];
  }

  private next(): string {
    const ch = this.chars[this.pos];
    if (ch === undefined) throw new PythonRegexError('unexpected end of pattern', this.pos);
    this.pos++;
    return ch;
  }

  private accept(text: string): boolean {
    const parts = Array.from(text);
    if (parts.every((ch, i) => this.peek(i) === ch)) {
      this.pos += parts.length;
      return true;
    }
    return false;
  }

  private alternation(): RegexNode {
    const branches: RegexNode[][] = [this.sequence()];
    while (this.accept('|')) branches.push(this.sequence());
    return { kind: 'alternation', branches };
  }

  private sequence(): RegexNode[] {
    const items: RegexNode[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') return items;
      const start = this.pos;
      if ('*+?{'.includes(ch)) {
        const repeat = this.repeatBounds();
        if (repeat === null) {
          items.push({ kind: 'char', codePoint: this.next().codePointAt(0) as number });
          continue;
        }
        const previous = items.pop();
        if (!previous || previous.kind === 'anchor') throw new PythonRegexError('nothing to repeat', start);
        if (previous.kind === 'repeat') throw new PythonRegexError('multiple repeat', start);
        if (previous.kind === 'group' && previous.group !== 'capture' && previous.group !== 'non-capture') {
          throw new PythonRegexError('a repeated look-around assertion cannot be translated for the browser', start);
        }
        const lazy = this.accept('?');
        if (!lazy && this.peek() === '+') {
          throw new PythonRegexError('possessive quantifiers are not supported in the browser', this.pos);
        }
        items.push({ kind: 'repeat', body: previous, ...repeat, lazy });
        continue;
      }
      const atom = this.atom();
      if (atom) items.push(atom);
    }
  }

  /** `*`, `+`, `?` or a valid `{m,n}`; null when `{` is just a literal. */
  private repeatBounds(): { min: number; max: number } | null {
    const start = this.pos;
    const ch = this.next();
    if (ch === '*') return { min: 0, max: Infinity };
    if (ch === '+') return { min: 1, max: Infinity };
    if (ch === '?') return { min: 0, max: 1 };
    let low = '';
    let high = '';
    while (DIGITS.test(this.peek() ?? '')) low += this.next();
    const hasComma = this.accept(',');
    if (hasComma) while (DIGITS.test(this.peek() ?? '')) high += this.next();
    else high = low;
    if (!this.accept('}') || (!low && !hasComma && !high)) {
      this.pos = start;
      return null;
    }
    const min = low ? Number(low) : 0;
    const max = high ? Number(high) : Infinity;
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new PythonRegexError('the repetition number is too large', start);
    if (max < min) throw new PythonRegexError('min repeat greater than max repeat', start + 1);
    return { min, max };
  }

  private atom(): RegexNode | null {
    const start = this.pos;
    const ch = this.next();
    switch (ch) {
      case '.':
        return { kind: 'set', set: { negated: false, items: [{ kind: 'category', category: 'any-but-newline', negated: false }] } };
      case '^':
        return { kind: 'anchor', anchor: 'start' };
      case '$':
        return { kind: 'anchor', anchor: 'end' };
      case '[':
        return { kind: 'set', set: this.charClass(start) };
      case '(':
        return this.group(start);
      case '\\':
        return this.escape(start);
      default:
        return { kind: 'char', codePoint: ch.codePointAt(0) as number };
    }
  }

  private group(start: number): RegexNode | null {
    if (!this.accept('?')) return this.capture(start, undefined);
    const kind = this.peek();
    if (this.accept(':')) return this.groupBody('non-capture', start);
    if (this.accept('=')) return this.groupBody('lookahead', start);
    if (this.accept('!')) return this.groupBody('negative-lookahead', start);
    if (this.accept('<=')) return this.groupBody('lookbehind', start);
    if (this.accept('<!')) return this.groupBody('negative-lookbehind', start);
    if (this.accept('#')) {
      while (this.peek() !== ')') {
        if (this.peek() === undefined) throw new PythonRegexError('missing ), unterminated comment', start);
        this.pos++;
      }
      this.pos++;
      return null;
    }
    if (this.accept('P<')) return this.capture(start, this.groupName(')'));
    if (this.accept('P=')) return this.namedBackreference(start);
    if (kind === '>') throw new PythonRegexError('atomic groups (?>...) are not supported in the browser', start);
    if (kind === '(') throw new PythonRegexError('conditional groups (?(...)...) are not supported in the browser', start);
    if (kind !== undefined && /[aiLmsux-]/.test(kind)) {
      throw new PythonRegexError('inline flags like (?i) are not supported: write the alternatives out instead', start);
    }
    throw new PythonRegexError(`unknown extension ?${kind ?? ''}${kind === '<' ? (this.peek(1) ?? '') : ''}`, start);
  }

  private groupName(terminator: string): string {
    const nameStart = this.pos;
    let name = '';
    while (this.peek() !== '>') {
      if (this.peek() === undefined || this.peek() === terminator) throw new PythonRegexError('missing >, unterminated name', nameStart);
      name += this.next();
    }
    this.pos++;
    if (!name) throw new PythonRegexError('missing group name', nameStart);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) {
      throw new PythonRegexError(`bad character in group name '${name}'`, nameStart);
    }
    if (this.names.has(name) || this.namesBefore.has(name)) {
      throw new PythonRegexError(`redefinition of group name '${name}' as group ${this.groupBase + this.groupCount + 1}`, nameStart);
    }
    return name;
  }

  private capture(start: number, name: string | undefined): RegexNode {
    const index = ++this.groupCount;
    if (name !== undefined) this.names.set(name, index);
    this.openGroups.add(index);
    const node = this.groupBody('capture', start);
    this.openGroups.delete(index);
    return { ...node, index, ...(name === undefined ? {} : { name }) } as RegexNode;
  }

  private groupBody(group: 'capture' | 'non-capture' | 'lookahead' | 'negative-lookahead' | 'lookbehind' | 'negative-lookbehind', start: number): RegexNode {
    const body = this.alternation();
    if (!this.accept(')')) throw new PythonRegexError('missing ), unterminated subpattern', start);
    return { kind: 'group', group, body };
  }

  private namedBackreference(start: number): RegexNode {
    let name = '';
    while (this.peek() !== ')') {
      if (this.peek() === undefined) throw new PythonRegexError('missing ), unterminated name', start);
      name += this.next();
    }
    this.pos++;
    if (this.namesBefore.has(name)) return { kind: 'backreference', index: -1 };
    const index = this.names.get(name);
    if (index === undefined) throw new PythonRegexError(`unknown group name '${name}'`, start);
    return this.backreference(index, start);
  }

  /** `global` is the group number in the joined expression. */
  private backreference(local: number, start: number): RegexNode {
    if (local < 1) return { kind: 'backreference', index: -1 };
    if (local > this.groupCount) throw new PythonRegexError('invalid group reference', start);
    if (this.openGroups.has(local)) throw new PythonRegexError('cannot refer to an open group', start);
    return { kind: 'backreference', index: local };
  }

  private escape(start: number): RegexNode {
    const ch = this.next();
    if (ch === 'A') return { kind: 'anchor', anchor: 'absolute-start' };
    if (ch === 'Z') return { kind: 'anchor', anchor: 'absolute-end' };
    if (ch === 'b') return { kind: 'anchor', anchor: 'word-boundary' };
    if (ch === 'B') return { kind: 'anchor', anchor: 'not-word-boundary' };
    const category = CATEGORY_ESCAPES[ch];
    if (category) return { kind: 'set', set: { negated: false, items: [category] } };
    if (DIGITS.test(ch) && ch !== '0') {
      // `\12` is a group reference unless three octal digits make it a character.
      let digits = ch;
      if (DIGITS.test(this.peek() ?? '')) {
        if (OCTAL.test(ch) && OCTAL.test(this.peek() ?? '') && OCTAL.test(this.peek(1) ?? '')) {
          const code = parseInt(ch + this.next() + this.next(), 8);
          if (code > 0o377) throw new PythonRegexError(`octal escape value \\${code.toString(8)} outside of range 0-0o377`, start);
          return { kind: 'char', codePoint: code };
        }
        digits += this.next();
      }
      const global = Number(digits);
      // A group from an earlier siglist line never takes part in this line's match.
      if (global <= this.groupBase) return { kind: 'backreference', index: -1 };
      return this.backreference(global - this.groupBase, start);
    }
    return { kind: 'char', codePoint: this.literalEscape(ch, start) };
  }

  /** Escapes that stand for one character (`\b` only gets here inside a class, where it is backspace). */
  private literalEscape(ch: string, start: number): number {
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) return simple;
    if (ch === 'x') return this.hexEscape(2, 'x', start);
    if (ch === 'u') return this.hexEscape(4, 'u', start);
    if (ch === 'U') {
      const code = this.hexEscape(8, 'U', start);
      if (code > 0x10ffff) throw new PythonRegexError(`bad escape \\U${code.toString(16).padStart(8, '0')}`, start);
      return code;
    }
    if (ch === 'N') throw new PythonRegexError('named character escapes \\N{...} are not supported: use \\uXXXX', start);
    if (OCTAL.test(ch)) {
      let digits = ch;
      while (digits.length < 3 && OCTAL.test(this.peek() ?? '')) digits += this.next();
      const code = parseInt(digits, 8);
      if (code > 0o377) throw new PythonRegexError(`octal escape value \\${digits} outside of range 0-0o377`, start);
      return code;
    }
    if (/[A-Za-z0-9]/.test(ch)) throw new PythonRegexError(`bad escape \\${ch}`, start);
    return ch.codePointAt(0) as number;
  }

  private hexEscape(length: number, letter: string, start: number): number {
    let digits = '';
    while (digits.length < length && /[0-9a-fA-F]/.test(this.peek() ?? '')) digits += this.next();
    if (digits.length !== length || !HEX.test(digits)) throw new PythonRegexError(`incomplete escape \\${letter}${digits}`, start);
    return parseInt(digits, 16);
  }

  private charClass(start: number): CharSet {
    const negated = this.accept('^');
    const items: CharSetItem[] = [];
    let first = true;
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new PythonRegexError('unterminated character set', start);
      if (ch === ']' && !first) {
        this.pos++;
        return { negated, items };
      }
      first = false;
      const itemStart = this.pos;
      const low = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.pos++;
        const high = this.classAtom();
        if (low.kind !== 'range' || high.kind !== 'range') {
          throw new PythonRegexError(`bad character range ${this.chars.slice(itemStart, this.pos).join('')}`, itemStart);
        }
        if (high.from < low.from) {
          throw new PythonRegexError(`bad character range ${this.chars.slice(itemStart, this.pos).join('')}`, itemStart);
        }
        items.push({ kind: 'range', from: low.from, to: high.from });
      } else {
        items.push(low);
      }
    }
  }

  private classAtom(): CharSetItem {
    const start = this.pos;
    const ch = this.next();
    if (ch !== '\\') {
      const code = ch.codePointAt(0) as number;
      return { kind: 'range', from: code, to: code };
    }
    const escaped = this.next();
    const category = CATEGORY_ESCAPES[escaped];
    if (category) return category;
    if (DIGITS.test(escaped) && !OCTAL.test(escaped)) throw new PythonRegexError(`bad escape \\${escaped}`, start);
    const code = this.literalEscape(escaped, start);
    return { kind: 'range', from: code, to: code };
  }
}
