import { parsePythonRegex } from '../siglists/parsePythonRegex.ts';
import { PythonRegexError, type CharSet, type CharSetItem, type RegexNode } from '../siglists/pythonRegexAst.ts';

/** One part of a pattern, in Python `re` terms, with the parts inside it. */
export interface RegexPart {
  /** The part written as a Python pattern. */
  readonly source: string;
  readonly meaning: string;
  readonly parts?: readonly RegexPart[];
  /** The AST node, so a caller can match the pattern up to this part. */
  readonly node: RegexNode;
}

export type RegexExplanation = { readonly ok: true; readonly parts: readonly RegexPart[]; readonly root: RegexNode } | { readonly ok: false; readonly message: string };

const METACHARACTERS = new Set('.^$*+?{}[]\\|()');
const CATEGORY_SOURCE = { digit: '\\d', space: '\\s', word: '\\w', 'any-but-newline': '.' } as const;
const CATEGORY_WORDS = {
  digit: 'a decimal digit (any Unicode one)',
  space: 'a whitespace character',
  word: 'a word character (letter, digit or _)',
  'any-but-newline': 'any character except a newline',
} as const;
const NEGATED_SOURCE = { digit: '\\D', space: '\\S', word: '\\W', 'any-but-newline': '\\n' } as const;

function charText(code: number): string {
  const ch = String.fromCodePoint(code);
  if (code === 10) return '\\n';
  if (code === 9) return '\\t';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return ch;
}

const literalSource = (code: number) => (METACHARACTERS.has(String.fromCodePoint(code)) ? `\\${String.fromCodePoint(code)}` : charText(code));
const classSource = (code: number) => ('\\]^-'.includes(String.fromCodePoint(code)) ? `\\${String.fromCodePoint(code)}` : charText(code));

function itemSource(item: CharSetItem): string {
  if (item.kind === 'category') return item.negated ? NEGATED_SOURCE[item.category] : CATEGORY_SOURCE[item.category];
  return item.from === item.to ? classSource(item.from) : `${classSource(item.from)}-${classSource(item.to)}`;
}

function setSource(set: CharSet): string {
  const only = set.items[0];
  if (!set.negated && set.items.length === 1 && only?.kind === 'category') return itemSource(only);
  return `[${set.negated ? '^' : ''}${set.items.map(itemSource).join('')}]`;
}

function itemWords(item: CharSetItem): string {
  if (item.kind === 'category') return item.negated ? `not ${CATEGORY_WORDS[item.category]}` : CATEGORY_WORDS[item.category];
  return item.from === item.to ? `"${charText(item.from)}"` : `"${charText(item.from)}" to "${charText(item.to)}"`;
}

function setWords(set: CharSet): string {
  const only = set.items[0];
  if (!set.negated && set.items.length === 1 && only) return `One character: ${itemWords(only)}.`;
  const listed = set.items.map(itemWords).join(', ');
  return set.negated ? `One character that is none of: ${listed}.` : `One character, any of: ${listed}.`;
}

const ANCHOR_WORDS = {
  start: 'Start of the text. re.match only ever tries at the start, so this changes nothing here.',
  end: 'End of the text (or just before a newline that ends it): the frame may not go on after this point.',
  'absolute-start': 'Start of the text (\\A).',
  'absolute-end': 'Very end of the text (\\Z).',
  'word-boundary': 'A word boundary (\\b): between a word character and a non-word character.',
  'not-word-boundary': 'Not a word boundary (\\B).',
} as const;
const ANCHOR_SOURCE = { start: '^', end: '$', 'absolute-start': '\\A', 'absolute-end': '\\Z', 'word-boundary': '\\b', 'not-word-boundary': '\\B' } as const;
const GROUP_OPEN = { capture: '(', 'non-capture': '(?:', lookahead: '(?=', 'negative-lookahead': '(?!', lookbehind: '(?<=', 'negative-lookbehind': '(?<!' } as const;

function quantifier(node: Extract<RegexNode, { kind: 'repeat' }>): string {
  const { min, max } = node;
  const base = min === 0 && max === Infinity ? '*' : min === 1 && max === Infinity ? '+' : min === 0 && max === 1 ? '?' : min === max ? `{${min}}` : `{${min},${max === Infinity ? '' : max}}`;
  return `${base}${node.lazy ? '?' : ''}`;
}

function repeatWords(node: Extract<RegexNode, { kind: 'repeat' }>): string {
  const { min, max } = node;
  const times =
    min === 0 && max === Infinity ? 'zero or more times' : min === 1 && max === Infinity ? 'one or more times' : min === 0 && max === 1 ? 'optionally (zero or one time)' : min === max ? `exactly ${min} times` : max === Infinity ? `${min} or more times` : `${min} to ${max} times`;
  return `The part before, ${times}, ${node.lazy ? 'as few times as possible (lazy)' : 'as many times as possible, giving back only if the rest fails (greedy)'}.`;
}

/** A pattern's text for a node, written in Python syntax. */
export function printPythonRegex(node: RegexNode): string {
  switch (node.kind) {
    case 'alternation':
      return node.branches.map((branch) => branch.map(printPythonRegex).join('')).join('|');
    case 'char':
      return literalSource(node.codePoint);
    case 'set':
      return setSource(node.set);
    case 'anchor':
      return ANCHOR_SOURCE[node.anchor];
    case 'group': {
      const open = node.group === 'capture' && node.name !== undefined ? `(?P<${node.name}>` : GROUP_OPEN[node.group];
      return `${open}${printPythonRegex(node.body)})`;
    }
    case 'repeat': {
      const body = printPythonRegex(node.body);
      const atomic = node.body.kind === 'char' || node.body.kind === 'set' || node.body.kind === 'group';
      return `${atomic ? body : `(?:${body})`}${quantifier(node)}`;
    }
    case 'backreference':
      return node.index < 0 ? '\\<earlier line>' : `\\${node.index}`;
  }
}

/** A run of plain characters is one part: "literal text". */
function sequenceParts(items: readonly RegexNode[]): RegexPart[] {
  const parts: RegexPart[] = [];
  let run: Extract<RegexNode, { kind: 'char' }>[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.map((node) => charText(node.codePoint)).join('');
    const node: RegexNode = { kind: 'alternation', branches: [run] };
    parts.push({ source: run.map((item) => literalSource(item.codePoint)).join(''), meaning: run.length === 1 ? `The character "${text}".` : `The text "${text}", exactly (case matters).`, node });
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'char') {
      run.push(item);
      continue;
    }
    flush();
    parts.push(partOf(item));
  }
  flush();
  return parts;
}

function alternationPart(node: Extract<RegexNode, { kind: 'alternation' }>): RegexPart {
  if (node.branches.length === 1) {
    const inner = sequenceParts(node.branches[0] as RegexNode[]);
    return inner.length === 1 ? (inner[0] as RegexPart) : { source: printPythonRegex(node), meaning: 'These parts, one after another.', parts: inner, node };
  }
  const parts = node.branches.map((branch) => {
    const inner = sequenceParts(branch);
    const branchNode: RegexNode = { kind: 'alternation', branches: [branch] };
    if (branch.length === 0) return { source: '', meaning: 'Nothing (an empty alternative matches at once).', node: branchNode };
    return inner.length === 1 ? (inner[0] as RegexPart) : { source: printPythonRegex(branchNode), meaning: 'These parts, one after another.', parts: inner, node: branchNode };
  });
  return { source: printPythonRegex(node), meaning: `Any one of ${node.branches.length} alternatives (|), tried left to right: the first that lets the whole pattern match wins.`, parts, node };
}

function partOf(node: RegexNode): RegexPart {
  switch (node.kind) {
    case 'alternation':
      return alternationPart(node);
    case 'char':
      return { source: literalSource(node.codePoint), meaning: `The character "${charText(node.codePoint)}".`, node };
    case 'set':
      return { source: setSource(node.set), meaning: setWords(node.set), node };
    case 'anchor':
      return { source: ANCHOR_SOURCE[node.anchor], meaning: ANCHOR_WORDS[node.anchor], node };
    case 'group': {
      const inner = partOf(node.body);
      const meaning = {
        capture: `Group ${node.index ?? ''}${node.name ? ` named "${node.name}"` : ''} (capturing): the parts inside, as one.`,
        'non-capture': 'A group (?:…): the parts inside, as one, without capturing.',
        lookahead: 'Look-ahead (?=…): the text here must go on with this, but it is not consumed.',
        'negative-lookahead': 'Negative look-ahead (?!…): the text here must not go on with this.',
        lookbehind: 'Look-behind (?<=…): the text just before here must be this.',
        'negative-lookbehind': 'Negative look-behind (?<!…): the text just before here must not be this.',
      }[node.group];
      return { source: printPythonRegex(node), meaning, parts: [inner], node };
    }
    case 'repeat':
      return { source: printPythonRegex(node), meaning: repeatWords(node), parts: [partOf(node.body)], node };
    case 'backreference':
      return {
        source: printPythonRegex(node),
        meaning: node.index < 0 ? 'A group of an earlier siglist line: it never takes part in this line\'s match, so this never matches.' : `The same text group ${node.index} matched.`,
        node,
      };
  }
}

/**
 * A siglist line's Python pattern, part by part (like regex101's explanation,
 * in Python `re` terms), from the parser the engine translates with. An
 * invalid pattern gives Python's reason instead.
 */
export function explainPythonRegex(pattern: string): RegexExplanation {
  try {
    const { root } = parsePythonRegex(pattern);
    if (root.kind !== 'alternation') return { ok: true, parts: [partOf(root)], root };
    return { ok: true, parts: root.branches.length === 1 ? sequenceParts(root.branches[0] as RegexNode[]) : [alternationPart(root)], root };
  } catch (error) {
    return { ok: false, message: error instanceof PythonRegexError ? error.message : String(error) };
  }
}
