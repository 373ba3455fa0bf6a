import { describe, expect, it } from 'vitest';
import { diffSignatureTokens } from './diffSignatureTokens.ts';

describe('diffSignatureTokens', () => {
  it('marks the parts the other signature lacks', () => {
    expect(diffSignatureTokens('a | b | c', 'a | c')).toEqual([
      { text: 'a', changed: false },
      { text: 'b', changed: true },
      { text: 'c', changed: false },
    ]);
    expect(diffSignatureTokens('a | c', 'a | b | c').every((token) => !token.changed)).toBe(true);
  });
});

describe('crash filters', () => {
  const rows = [
    { id: 'a', production: 'P', stock: 'S', edited: 'E', notes: [], origin: 'file' as const },
    { id: 'b', production: 'S', stock: 'S', edited: 'S', notes: [], origin: 'file' as const },
    { id: 'c', production: null, stock: 'S', edited: 'E', notes: [], origin: 'file' as const },
  ];
  it('narrow the table to a pair, a line, changed or drifting crashes, and say so', async () => {
    const { filterCrashes, describeFilters, NO_FILTERS } = await import('./crashFilters.ts');
    expect(filterCrashes(rows, NO_FILTERS)).toBe(rows);
    const pair = { ...NO_FILTERS, scope: { kind: 'pair' as const, stock: 'S', edited: 'E' } };
    expect(filterCrashes(rows, pair).map((r) => r.id)).toEqual(['a', 'c']);
    expect(filterCrashes(rows, { ...pair, driftOnly: true }).map((r) => r.id)).toEqual(['a']);
    const line = { ...NO_FILTERS, changedOnly: true, scope: { kind: 'line' as const, file: 'prefix_signature_re.txt' as const, line: 3, ids: new Set(['b', 'c']) } };
    expect(filterCrashes(rows, line).map((r) => r.id)).toEqual(['c']);
    expect(describeFilters(line)).toBe('decided by prefix_signature_re.txt:3, changed by the edit');
    expect(describeFilters({ ...pair, driftOnly: true })).toBe('stock "S" → edited "E", production drift');
  });
});
