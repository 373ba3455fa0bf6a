import { describe, expect, it } from 'vitest';
import { packRows, unpackRows, type ResultRow } from './packedRows.ts';

const rows: ResultRow[] = [
  { id: 'a', production: 'OOM | small', stock: 'OOM | small', edited: 'OOM | small', notes: [], origin: 'crash-stats' },
  { id: 'b', production: null, stock: 'nsFoo::Bar', edited: 'nsFoo::Baz', notes: ['note one', 'note two'], origin: 'file' },
  { id: 'c', production: 'nsFoo::Bar', stock: 'nsFoo::Bar', edited: '', notes: ['note one'], origin: 'example', needsFullCrash: 'why' },
  { id: 'd', production: '', stock: 'OOM | small', edited: 'OOM | small', notes: [], origin: 'crash-stats', assumption: 'assumed' },
];
const ids = rows.map((row) => row.id);

describe('packRows / unpackRows', () => {
  it('round-trips every field, keeping each distinct string once', () => {
    const packed = packRows(rows.length, (position) => rows[position] as ResultRow);
    expect(unpackRows(packed, ids)).toEqual(rows);
    expect(packed.strings.filter((text) => text === 'OOM | small')).toHaveLength(1);
    expect(packed.strings.filter((text) => text === 'note one')).toHaveLength(1);
    // An empty production signature is kept apart from "no production signature".
    expect(unpackRows(packed, ids)[3]?.production).toBe('');
  });

  it('survives a structured clone, as it crosses to the page', () => {
    const packed = structuredClone(packRows(rows.length, (position) => rows[position] as ResultRow));
    expect(unpackRows(packed, packed.ids ?? [])).toEqual(rows);
    // Without the ids (the page has them), the rows come back the same given the ids.
    const withoutIds = packRows(rows.length, (position) => rows[position] as ResultRow, false);
    expect(withoutIds.ids).toBeNull();
    expect(unpackRows(withoutIds, ids)).toEqual(rows);
  });

  it('packs an empty set', () => {
    expect(unpackRows(packRows(0, () => rows[0] as ResultRow), [])).toEqual([]);
  });
});

describe('grouping packed rows', () => {
  it('gives the same changes as grouping the unpacked rows', async () => {
    const { groupChanges, groupNumberedChanges } = await import('../report/groupChanges.ts');
    const packed = packRows(rows.length, (position) => rows[position] as ResultRow);
    expect(groupNumberedChanges({ ...packed, ids })).toEqual(groupChanges(unpackRows(packed, ids)));
    expect(groupNumberedChanges({ ...packed, ids }).totals).toMatchObject({ crashes: 4, changedCrashes: 2, drift: 1 });
  });
});
