import { describe, expect, it } from 'vitest';
import { groupChanges } from '../../report/groupChanges.ts';
import { explainKind } from './explainKind.ts';

const row = (id: string, stock: string, edited: string) => ({ id, production: null, stock, edited });

describe('explainKind', () => {
  it('says what each kind of row means, with its bucket totals', () => {
    // A splits into X and Y; B merges into Y: the A → Y row is merged and split at once.
    const { groups } = groupChanges([row('1', 'A', 'X'), row('2', 'A', 'Y'), row('3', 'A', 'Y'), row('4', 'B', 'Y'), row('5', 'C', 'D'), row('6', 'E', 'E')]);
    const explain = (stock: string, edited: string) => explainKind(groups.find((g) => g.stock === stock && g.edited === edited)!);
    expect(explain('A', 'Y')).toBe('Merged and split: the stock signature\'s 3 crashes now go to several signatures, and the edited signature gathers 3 crashes from several stock signatures.');
    expect(explain('A', 'X')).toBe('Split: the stock signature\'s 3 crashes now go to several signatures; this row is 1 crash of them.');
    expect(explain('B', 'Y')).toBe('Merged: the edited signature gathers 3 crashes from several stock signatures; this row is 1 crash of them.');
    expect(explain('C', 'D')).toBe('Renamed: every crash of the stock signature moves to one new signature, which no other crash has.');
    expect(explain('E', 'E')).toBe('Unchanged: the edit gives these crashes the same signature.');
  });
});
