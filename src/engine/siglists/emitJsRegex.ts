import { PythonRegexError, type Category, type CharSet, type CharSetItem, type RegexNode } from './pythonRegexAst.ts';

// Python's str-pattern classes are Unicode-aware; JavaScript's are ASCII-only,
// so each becomes an explicit `u`-mode class.
const SPACE_RANGES = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WORD_RANGES = '\\p{L}\\p{N}_';
const POSITIVE: Readonly<Record<Category, string>> = {
  digit: '\\p{Nd}',
  space: SPACE_RANGES,
  word: WORD_RANGES,
  'any-but-newline': '\\0-\\t\\v-\\u{10FFFF}',
};
const WORD = `[${WORD_RANGES}]`;

/** Characters that need a backslash to be literal in a `u`-mode pattern (outside classes). */
const SYNTAX = new Set('^$\\.*+?()[]{}|/');

function escapeCodePoint(code: number): string {
  const ch = String.fromCodePoint(code);
  if (SYNTAX.has(ch)) return `\\${ch}`;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || (code >= 0xd800 && code <= 0xdfff)) return `\\u{${code.toString(16)}}`;
  return ch;
}

/** Inside a class every non-alphanumeric character is written as \u{..}: always safe. */
function classCodePoint(code: number): string {
  return /[A-Za-z0-9]/.test(String.fromCodePoint(code)) ? String.fromCodePoint(code) : `\\u{${code.toString(16)}}`;
}

function classBody(items: readonly CharSetItem[]): string {
  return items
    .map((item) => {
      if (item.kind === 'range') return item.from === item.to ? classCodePoint(item.from) : `${classCodePoint(item.from)}-${classCodePoint(item.to)}`;
      return POSITIVE[item.category];
    })
    .join('');
}

/**
 * A one-character set. Negated categories inside a class (`[a\S]`) have no
 * single-class form in `u` mode, so they become look-aheads around one class.
 */
function emitSet(set: CharSet): string {
  const positive = set.items.filter((item) => item.kind === 'range' || !item.negated);
  const negatedCategories = set.items.filter((item): item is Extract<CharSetItem, { kind: 'category' }> => item.kind === 'category' && item.negated);
  const plain = positive.length > 0 ? `[${classBody(positive)}]` : '';
  if (negatedCategories.length === 0) {
    if (positive.length === 0) return set.negated ? '[^]' : '[]';
    return set.negated ? `[^${classBody(positive)}]` : plain;
  }
  const outsideOf = negatedCategories.map((item) => `[^${POSITIVE[item.category]}]`);
  if (!set.negated) return `(?:${[plain, ...outsideOf].filter(Boolean).join('|')})`;
  // Not (P or not C1 or not C2) = not P, and C1, and C2.
  const inside = negatedCategories.map((item) => `[${POSITIVE[item.category]}]`);
  const last = inside.pop() as string;
  return `(?:${plain ? `(?!${plain})` : ''}${inside.map((c) => `(?=${c})`).join('')}${last})`;
}

const ANCHORS: Readonly<Record<Extract<RegexNode, { kind: 'anchor' }>['anchor'], string>> = {
  start: '^',
  // Python's `$` also matches just before a final newline.
  end: '(?=\\n?$)',
  'absolute-start': '^',
  'absolute-end': '$',
  'word-boundary': `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`,
  'not-word-boundary': `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`,
};

const GROUP_OPENERS = {
  capture: '(',
  'non-capture': '(?:',
  lookahead: '(?=',
  'negative-lookahead': '(?!',
  lookbehind: '(?<=',
  'negative-lookbehind': '(?<!',
} as const;

/**
 * JavaScript (`u` flag) source for a parsed Python pattern. `jsGroupBase` is
 * the number of capturing groups before it in the final JavaScript pattern,
 * so backreferences point at the right group.
 */
export function emitJsRegex(node: RegexNode, jsGroupBase: number): string {
  const emit = (n: RegexNode): string => {
    switch (n.kind) {
      case 'alternation':
        return n.branches.map((branch) => branch.map(emit).join('')).join('|');
      case 'char':
        return escapeCodePoint(n.codePoint);
      case 'set':
        return emitSet(n.set);
      case 'anchor':
        return ANCHORS[n.anchor];
      case 'group': {
        if (n.group === 'lookbehind' || n.group === 'negative-lookbehind') requireFixedWidth(n.body);
        const name = n.group === 'capture' && n.name !== undefined ? `?<${n.name}>` : '';
        return `${GROUP_OPENERS[n.group]}${name}${emit(n.body)})`;
      }
      case 'repeat': {
        const max = n.max === Infinity ? '' : String(n.max);
        const quantifier =
          n.min === 0 && n.max === Infinity ? '*' : n.min === 1 && n.max === Infinity ? '+' : n.min === 0 && n.max === 1 ? '?' : n.min === n.max ? `{${n.min}}` : `{${n.min},${max}}`;
        return `(?:${emit(n.body)})${quantifier}${n.lazy ? '?' : ''}`;
      }
      case 'backreference':
        // A group of another siglist line never matched in this alternative: Python fails there.
        return n.index < 0 ? '(?!)' : `(?:\\${jsGroupBase + n.index})`;
    }
  };
  return emit(node);
}

function width(node: RegexNode): [number, number] {
  switch (node.kind) {
    case 'alternation': {
      const widths = node.branches.map((branch) => branch.map(width).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]));
      return widths.reduce(([low, high], [a, b]) => [Math.min(low, a), Math.max(high, b)], [Infinity, -Infinity]);
    }
    case 'char':
    case 'set':
      return [1, 1];
    case 'anchor':
      return [0, 0];
    case 'group':
      return node.group === 'capture' || node.group === 'non-capture' ? width(node.body) : [0, 0];
    case 'repeat': {
      const [low, high] = width(node.body);
      return [low * node.min, high === 0 ? 0 : high * node.max];
    }
    case 'backreference':
      return [0, Infinity];
  }
}

function requireFixedWidth(body: RegexNode): void {
  const [low, high] = width(body);
  if (low !== high) throw new PythonRegexError('look-behind requires fixed-width pattern', -1);
}
