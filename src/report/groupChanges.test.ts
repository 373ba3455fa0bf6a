import { describe, expect, it } from 'vitest';
import { groupChanges, type SignedCrash } from './groupChanges.ts';
import { formatChangesMarkdown } from './formatChangesMarkdown.ts';
import { markdownCode as codeSpan } from './inertMarkdown.ts';

const row = (id: string, stock: string, edited: string, production: string | null = null): SignedCrash => ({ id, production, stock, edited });

describe('groupChanges', () => {
  it('names renames, merges, splits and unchanged pairs, with totals', () => {
    const { groups, totals } = groupChanges([
      row('1', 'A', 'X'),
      row('2', 'B', 'X'),
      row('3', 'C', 'C1'),
      row('4', 'C', 'C2'),
      row('5', 'C', 'C2'),
      row('6', 'D', 'D', 'D-old'),
      row('7', 'E', 'F'),
    ]);
    expect(groups.map((g) => [g.stock, g.edited, g.kind, g.count])).toEqual([
      ['C', 'C2', 'split', 2],
      ['A', 'X', 'merged', 1],
      ['B', 'X', 'merged', 1],
      ['C', 'C1', 'split', 1],
      ['D', 'D', 'unchanged', 1],
      ['E', 'F', 'renamed', 1],
    ]);
    expect(totals).toEqual({ crashes: 7, changedCrashes: 6, renamed: 1, merged: 2, split: 2, unchanged: 1, drift: 1, stockSignatures: 5, editedSignatures: 5 });
    expect(groups.find((g) => g.stock === 'D')?.drift).toBe(1);
    // Each pair knows its buckets' totals: a split's stock bucket, a merge's edited one.
    expect(groups.map((g) => [g.stock, g.edited, g.stockTotal, g.editedTotal])).toEqual([
      ['C', 'C2', 3, 2],
      ['A', 'X', 1, 2],
      ['B', 'X', 1, 2],
      ['C', 'C1', 3, 1],
      ['D', 'D', 1, 1],
      ['E', 'F', 1, 1],
    ]);
  });

  it('calls a crash moving into an existing bucket a merge, and keeps example ids', () => {
    const { groups } = groupChanges([row('a', 'A', 'B'), row('b', 'B', 'B'), row('c', 'A', 'B')]);
    expect(groups[0]).toMatchObject({ stock: 'A', edited: 'B', kind: 'merged', count: 2, exampleIds: ['a', 'c'] });
  });
});

describe('formatChangesMarkdown', () => {
  it('writes a PR-comment table with inert signatures and links only for real crash ids', () => {
    const id = 'de1bb258-cbbf-4589-a673-34f800160918';
    const { groups, totals } = groupChanges([row(id, 'a | b', 'a'), row('x](https://evil.example)', 'a | b', 'a'), row('k', 'k', 'k')]);
    expect(formatChangesMarkdown(groups, totals)).toBe(
      [
        '**Signature changes from this siglist edit**: 2 crashes of 3 change signature (1 rename, 0 merges, 0 splits; 2 → 2 signatures).',
        '',
        '| Before (stock lists) | After (edited lists) | Change | Crashes | Examples |',
        '|---|---|---|--:|---|',
        `| \`a \\| b\` | \`a\` | renamed | 2 | [1](https://crash-stats.mozilla.org/report/index/${id}) \`x](https://evil.example)\` |`,
        '',
      ].join('\n'),
    );
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(codeSpan('foo`[click me](https://evil.example)`bar')).toBe('``foo`[click me](https://evil.example)`bar``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a\n# heading')).toBe('`a # heading`');
  });
});
