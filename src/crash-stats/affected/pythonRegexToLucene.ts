import { parsePythonRegex } from '../../engine/siglists/parsePythonRegex.ts';
import type { CharSet, RegexNode } from '../../engine/siglists/pythonRegexAst.ts';

/**
 * Python `re` → Elasticsearch (Lucene) regexp, for Super Search's `@`
 * operator. Conservative: only constructs with the same meaning in both are
 * translated — literals, `.`, bracket classes of plain ranges, `\d`, groups,
 * alternation, greedy or lazy repeats (laziness does not change whether a
 * string matches), `^` at the very start and `$` at the very end. Anything
 * else (lookarounds, backreferences, `\w`/`\s`/`\b`, anchors elsewhere)
 * answers null and the caller falls back to a literal search.
 *
 * Lucene regexps match the whole value, and with Elasticsearch's default
 * flags `@ & ~ < > #` are operators, so every literal is escaped.
 */
export interface LuceneRegex {
  /** The body, matching what the Python pattern matches at the start of a frame. */
  readonly body: string;
  /** The pattern ended with `$`: the frame must end right after the match. */
  readonly anchoredEnd: boolean;
}

// `^` and `$` are plain characters to Lucene; escaping them anyway keeps the output unambiguous to readers.
const LUCENE_SPECIAL = new Set('.?+*|{}[]()"\\#@&<>~^$'.split(''));

class Untranslatable extends Error {}

function literal(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  // Control characters never occur in normalised frames; refusing them keeps the output readable.
  if (codePoint < 0x20 || codePoint === 0x7f) throw new Untranslatable('control character');
  return LUCENE_SPECIAL.has(char) ? `\\${char}` : char;
}

function classMember(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  if (codePoint < 0x20 || codePoint === 0x7f) throw new Untranslatable('control character');
  return /[A-Za-z0-9_ ]/.test(char) ? char : `\\${char}`;
}

function set(charSet: CharSet): string {
  const parts: string[] = [];
  for (const item of charSet.items) {
    if (item.kind === 'category') {
      // \d is the only class shorthand worth keeping; Python's \d also takes other scripts' digits, never seen in frames.
      if (item.category === 'any-but-newline' && !item.negated && !charSet.negated && charSet.items.length === 1) return '.';
      if (item.category === 'digit' && !item.negated) parts.push('0-9');
      else throw new Untranslatable(`\\${item.category}`);
    } else {
      parts.push(item.from === item.to ? classMember(item.from) : `${classMember(item.from)}-${classMember(item.to)}`);
    }
  }
  if (parts.length === 0) throw new Untranslatable('empty class');
  return `[${charSet.negated ? '^' : ''}${parts.join('')}]`;
}

function emit(node: RegexNode): string {
  switch (node.kind) {
    case 'char':
      return literal(node.codePoint);
    case 'set':
      return set(node.set);
    case 'alternation':
      return node.branches.map((branch) => branch.map(emit).join('')).join('|');
    case 'group':
      if (node.group !== 'capture' && node.group !== 'non-capture') throw new Untranslatable(node.group);
      return `(${emit(node.body)})`;
    case 'repeat': {
      const body = node.body.kind === 'char' || node.body.kind === 'set' || node.body.kind === 'group' ? emit(node.body) : `(${emit(node.body)})`;
      if (node.min === 0 && node.max === 1) return `${body}?`;
      if (node.min === 0 && node.max >= 4294967295) return `${body}*`;
      if (node.min === 1 && node.max >= 4294967295) return `${body}+`;
      if (node.max >= 4294967295) return `${body}{${node.min},}`;
      return node.min === node.max ? `${body}{${node.min}}` : `${body}{${node.min},${node.max}}`;
    }
    case 'anchor':
    case 'backreference':
      throw new Untranslatable(node.kind);
  }
}

/** Splits off a leading `^` and a trailing `$` (the only anchors with a meaning here). */
function stripOuterAnchors(root: RegexNode): { inner: RegexNode[]; anchoredEnd: boolean } {
  const items = root.kind === 'alternation' && root.branches.length === 1 ? [...(root.branches[0] as RegexNode[])] : [root];
  if (items[0]?.kind === 'anchor' && (items[0].anchor === 'start' || items[0].anchor === 'absolute-start')) items.shift();
  const last = items[items.length - 1];
  const anchoredEnd = last?.kind === 'anchor' && last.anchor === 'end';
  if (anchoredEnd) items.pop();
  return { inner: items, anchoredEnd };
}

export function pythonRegexToLucene(pattern: string): LuceneRegex | null {
  try {
    const { root } = parsePythonRegex(pattern);
    const { inner, anchoredEnd } = stripOuterAnchors(root);
    const body = inner.map(emit).join('');
    return body === '' ? null : { body, anchoredEnd };
  } catch {
    // Python refuses it, or it uses something without a Lucene equivalent.
    return null;
  }
}

/**
 * For a `~` (contains) search when the pattern cannot be translated: per
 * top-level alternative, the longest run of characters every match of it
 * contains (outside groups, not made optional by a quantifier). Null when an
 * alternative has no such text: no contains-search would be safe.
 */
export function literalRuns(pattern: string): string[] | null {
  const runs: string[] = [];
  let best = '';
  let current = '';
  let depth = 0;
  const flush = () => {
    if (current.length > best.length) best = current;
    current = '';
  };
  const endBranch = () => {
    flush();
    runs.push(best);
    best = '';
  };
  const chars = Array.from(pattern);
  const isQuantifier = (char: string | undefined) => char !== undefined && '*+?{'.includes(char);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const quantified = isQuantifier(chars[i + 1]);
    if (char === '\\') {
      const next = chars[++i];
      // An escaped punctuation mark is itself; \d, \w, \1 … are not literals.
      if (depth === 0 && next !== undefined && !/[A-Za-z0-9]/.test(next) && !isQuantifier(chars[i + 1])) current += next;
      else flush();
      continue;
    }
    if (char === '[') {
      flush();
      i++;
      if (chars[i] === '^') i++;
      if (chars[i] === ']') i++;
      while (i < chars.length && chars[i] !== ']') i += chars[i] === '\\' ? 2 : 1;
      continue;
    }
    if (char === '{') {
      // A {m,n} quantifier (its operand was already dropped) or a literal brace: skip either way.
      flush();
      while (i < chars.length && chars[i] !== '}') i++;
      continue;
    }
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '|' && depth === 0) {
      endBranch();
      continue;
    }
    if (depth > 0 || '().^$*+?{}'.includes(char) || quantified) {
      flush();
      continue;
    }
    current += char;
  }
  endBranch();
  return runs.every((run) => run.length > 0) ? runs : null;
}
