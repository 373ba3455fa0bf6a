import type { RegexNode } from './pythonRegexAst.ts';

type Repeat = Extract<RegexNode, { kind: 'repeat' }>;
type Char = Extract<RegexNode, { kind: 'char' }>;

const NEWLINE = 0x0a;

/** Python's `.` (any character but a newline) repeated without bound: `.*`, `.+`, `.{2,}`, lazy or not. */
function isDotRun(node: RegexNode | undefined): node is Repeat {
  if (node?.kind !== 'repeat' || node.max !== Infinity || node.body.kind !== 'set') return false;
  const { negated, items } = node.body.set;
  const [item] = items;
  return !negated && items.length === 1 && item?.kind === 'category' && item.category === 'any-but-newline' && !item.negated;
}

const isLiteralChar = (node: RegexNode | undefined): node is Char => node?.kind === 'char' && node.codePoint !== NEWLINE;

/**
 * A branch's runs `.*L` where L is a literal without a newline and the next
 * item is another `.`-run: [index of the run, index after L].
 */
function committableRuns(branch: readonly RegexNode[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let start = 0; start < branch.length; start++) {
    if (!isDotRun(branch[start])) continue;
    let end = start + 1;
    while (isLiteralChar(branch[end])) end++;
    if (end > start + 1 && isDotRun(branch[end])) runs.push([start, end]);
  }
  return runs;
}

export interface CommittedSource {
  readonly source: string;
  /** Capturing groups the rewrite added (numbered after `jsGroupBase`, in order). */
  readonly addedGroups: number;
}

/**
 * JavaScript source that matches what `emit` of the whole pattern matches,
 * in time linear in the subject where the plain translation is quadratic:
 * in `.*L.*R` (L a literal without a newline) the backtracking engine tries
 * every occurrence of L and, at each, every end of the second `.*` — a 270 KB
 * frame of `framework` repeated kept the stock line `.*framework.*\.oat`
 * busy for seconds. Taking only the first occurrence of L in the line gives
 * the same verdict: any match through a later occurrence is also a match
 * through the first one, whose end is earlier and on the same line, the
 * second `.*` absorbing the difference. The first occurrence is found inside
 * a look-ahead and consumed by a backreference to it, which V8 never
 * re-enters (JavaScript's form of an atomic group). Only for patterns without
 * groups of their own (siglist matching reads no group but the line's), so
 * the added groups renumber nothing; null when nothing applies.
 */
export function emitCommittedDotRuns(root: RegexNode, jsGroupBase: number, emit: (node: RegexNode) => string): CommittedSource | null {
  const branches = root.kind === 'alternation' ? root.branches : [[root]];
  let addedGroups = 0;
  const sources = branches.map((branch) => {
    const runs = committableRuns(branch);
    if (runs.length === 0) return branch.map(emit).join('');
    let source = '';
    let next = 0;
    for (const [start, end] of runs) {
      source += branch.slice(next, start).map(emit).join('');
      const run = branch[start] as Repeat;
      const literal = branch.slice(start + 1, end).map(emit).join('');
      const group = jsGroupBase + ++addedGroups;
      // Lazy inside the look-ahead: the first place L occurs (at least `min` characters in).
      source += `(?=((?:${emit(run.body)})${run.min === 0 ? '*' : `{${run.min},}`}?${literal}))\\${group}`;
      next = end;
    }
    return source + branch.slice(next).map(emit).join('');
  });
  return addedGroups === 0 ? null : { source: sources.join('|'), addedGroups };
}
