/** The signatures of one crash, as the Changes view groups them. */
export interface SignedCrash {
  readonly id: string;
  readonly production: string | null;
  readonly stock: string;
  readonly edited: string;
}

/**
 * What an edit did to one stock → edited signature pair: `merged` when the
 * edited signature also receives crashes from other stock signatures,
 * `split` when the stock signature's crashes now go to several signatures,
 * `renamed` when neither, `unchanged` when the signatures are equal.
 */
export type ChangeKind = 'renamed' | 'merged' | 'split' | 'unchanged';

export interface ChangeGroup {
  readonly stock: string;
  readonly edited: string;
  readonly kind: ChangeKind;
  /** Merged and split at once (several → several). */
  readonly alsoSplit: boolean;
  readonly count: number;
  /** Crashes whose production signature differs from the stock lists' (drift, not the edit). */
  readonly drift: number;
  /** The first crash ids of the group, in load order. */
  readonly exampleIds: readonly string[];
}

export interface ChangeTotals {
  readonly crashes: number;
  /** Crashes whose signature the edit changed. */
  readonly changedCrashes: number;
  readonly renamed: number;
  readonly merged: number;
  readonly split: number;
  readonly unchanged: number;
  /** Crashes with a production signature that the stock lists do not reproduce. */
  readonly drift: number;
  readonly stockSignatures: number;
  readonly editedSignatures: number;
}

const EXAMPLES_KEPT = 5;

export const hasDrift = (row: SignedCrash) => row.production !== null && row.production !== row.stock;

/** Groups crashes by their stock → edited signature pair and names what the edit did to each. */
export function groupChanges(rows: readonly SignedCrash[]): { groups: ChangeGroup[]; totals: ChangeTotals } {
  const pairs = new Map<string, { stock: string; edited: string; count: number; drift: number; exampleIds: string[] }>();
  const editedPerStock = new Map<string, Set<string>>();
  const stockPerEdited = new Map<string, Set<string>>();
  let drift = 0;
  let changedCrashes = 0;
  for (const row of rows) {
    const key = `${row.stock}\u0000${row.edited}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { stock: row.stock, edited: row.edited, count: 0, drift: 0, exampleIds: [] }));
    pair.count++;
    if (pair.exampleIds.length < EXAMPLES_KEPT) pair.exampleIds.push(row.id);
    if (hasDrift(row)) {
      pair.drift++;
      drift++;
    }
    if (row.stock !== row.edited) changedCrashes++;
    let edits = editedPerStock.get(row.stock);
    if (!edits) editedPerStock.set(row.stock, (edits = new Set()));
    edits.add(row.edited);
    let sources = stockPerEdited.get(row.edited);
    if (!sources) stockPerEdited.set(row.edited, (sources = new Set()));
    sources.add(row.stock);
  }

  const counts = { renamed: 0, merged: 0, split: 0, unchanged: 0 };
  const groups = [...pairs.values()].map((pair): ChangeGroup => {
    const splits = (editedPerStock.get(pair.stock)?.size ?? 0) > 1;
    const merges = (stockPerEdited.get(pair.edited)?.size ?? 0) > 1;
    const kind: ChangeKind = pair.stock === pair.edited ? 'unchanged' : merges ? 'merged' : splits ? 'split' : 'renamed';
    counts[kind]++;
    return { ...pair, kind, alsoSplit: kind === 'merged' && splits };
  });
  groups.sort((a, b) => b.count - a.count || a.stock.localeCompare(b.stock) || a.edited.localeCompare(b.edited));
  return {
    groups,
    totals: { crashes: rows.length, changedCrashes, ...counts, drift, stockSignatures: editedPerStock.size, editedSignatures: stockPerEdited.size },
  };
}
