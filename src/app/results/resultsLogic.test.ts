import { describe, expect, it } from 'vitest';
import { diffSignatureTokens } from './diffSignatureTokens.ts';
import { summarizeResults } from './summarizeResults.ts';

describe('summarizeResults', () => {
  const row = (id: string, stock: string, edited: string) => ({ id, production: null, stock, edited, notes: [] });
  it('counts changes and lists merges and splits', () => {
    const summary = summarizeResults([row('1', 'A', 'X'), row('2', 'B', 'X'), row('3', 'C', 'C1'), row('4', 'C', 'C2'), row('5', 'C', 'C2'), row('6', 'D', 'D')]);
    expect(summary).toMatchObject({ crashes: 6, changed: 5, stockSignatures: 4, editedSignatures: 4 });
    expect(summary.changes).toEqual([
      { kind: 'merge', signature: 'X', parts: [{ signature: 'A', count: 1 }, { signature: 'B', count: 1 }] },
      { kind: 'split', signature: 'C', parts: [{ signature: 'C2', count: 2 }, { signature: 'C1', count: 1 }] },
    ]);
  });
});

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
