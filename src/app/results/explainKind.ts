import type { ChangeGroup } from '../../report/groupChanges.ts';

const crashes = (count: number) => `${count.toLocaleString('en')} crash${count === 1 ? '' : 'es'}`;

/** What the row's kind means for this pair, in words. */
export function explainKind(group: ChangeGroup): string {
  const split = `the stock signature's ${crashes(group.stockTotal)} now go to several signatures`;
  const merged = `the edited signature gathers ${crashes(group.editedTotal)} from several stock signatures`;
  if (group.alsoSplit) return `Merged and split: ${split}, and ${merged}.`;
  if (group.kind === 'split') return `Split: ${split}; this row is ${crashes(group.count)} of them.`;
  if (group.kind === 'merged') return `Merged: ${merged}; this row is ${crashes(group.count)} of them.`;
  if (group.kind === 'renamed') return 'Renamed: every crash of the stock signature moves to one new signature, which no other crash has.';
  return 'Unchanged: the edit gives these crashes the same signature.';
}
