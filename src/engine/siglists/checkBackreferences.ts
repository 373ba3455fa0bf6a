import { PythonRegexError, type RegexNode } from './pythonRegexAst.ts';

// Python and JavaScript agree on a backreference only when its group surely
// took part in the match, in the current repetition. Elsewhere they part:
//  - a group that did not match: Python's \1 fails, JavaScript's matches "";
//  - a group inside a repetition whose last iteration skipped it: Python keeps
//    the earlier iteration's text, JavaScript has reset it.
// Emulating either in a JavaScript regex is not possible in general, so such
// backreferences are refused with the reason (scripts/record-regex-golden.py
// records Python's behaviour for the tests).

/** A place on the way down the tree where a group may or may not be reached. */
interface Step {
  readonly node: RegexNode;
  readonly branch: number;
}

interface Site {
  readonly steps: readonly Step[];
}

function walk(node: RegexNode, steps: readonly Step[], groups: Map<number, Site>, references: { index: number; site: Site }[]): void {
  switch (node.kind) {
    case 'alternation':
      node.branches.forEach((branch, index) => {
        const inner = node.branches.length > 1 ? [...steps, { node, branch: index }] : steps;
        for (const item of branch) walk(item, inner, groups, references);
      });
      return;
    case 'group': {
      const transparent = node.group === 'capture' || node.group === 'non-capture';
      if (node.group === 'capture' && node.index !== undefined) groups.set(node.index, { steps });
      walk(node.body, transparent ? steps : [...steps, { node, branch: 0 }], groups, references);
      return;
    }
    case 'repeat':
      walk(node.body, [...steps, { node, branch: 0 }], groups, references);
      return;
    case 'backreference':
      if (node.index > 0) references.push({ index: node.index, site: { steps } });
      return;
    default:
      return;
  }
}

/** Whether a step between the common ancestor and the group may leave the group unmatched. */
function mayBeSkipped(step: Step): boolean {
  const { node } = step;
  if (node.kind === 'alternation') return true;
  if (node.kind === 'repeat') return node.min === 0;
  // Captures inside a negative look-around never keep a value.
  return node.kind === 'group' && (node.group === 'negative-lookahead' || node.group === 'negative-lookbehind');
}

/** Throws PythonRegexError for the first backreference whose meaning differs between Python and JavaScript. */
export function checkBackreferences(root: RegexNode): void {
  const groups = new Map<number, Site>();
  const references: { index: number; site: Site }[] = [];
  walk(root, [], groups, references);
  for (const { index, site } of references) {
    const group = groups.get(index);
    if (!group) continue;
    let common = 0;
    while (common < group.steps.length && common < site.steps.length && group.steps[common]?.node === site.steps[common]?.node && group.steps[common]?.branch === site.steps[common]?.branch) common++;
    const own = group.steps.slice(common);
    const firstSkip = own.findIndex(mayBeSkipped);
    if (firstSkip === -1) continue;
    // A repetition above the point where the group may be skipped keeps (Python) or drops (JavaScript) an earlier iteration's text.
    const repeated = group.steps.slice(0, common + firstSkip).some((step) => step.node.kind === 'repeat');
    const why = repeated ? "may hold an earlier repetition's text" : 'may not have matched';
    throw new PythonRegexError(`backreference to group ${index}, which ${why} there: Python and JavaScript differ, so Siglab refuses it`, -1);
  }
}
