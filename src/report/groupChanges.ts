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
  /** Crashes of the stock signature in all (a split sends them to several pairs). */
  readonly stockTotal: number;
  /** Crashes of the edited signature in all (a merge gathers them from several pairs). */
  readonly editedTotal: number;
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

/** What an edit did to a crash set: one group per stock → edited pair, and the totals. */
export interface ChangeReport {
  readonly groups: readonly ChangeGroup[];
  readonly totals: ChangeTotals;
}

/** No crashes yet. */
export const NO_CHANGES: ChangeReport = {
  groups: [],
  totals: { crashes: 0, changedCrashes: 0, renamed: 0, merged: 0, split: 0, unchanged: 0, drift: 0, stockSignatures: 0, editedSignatures: 0 },
};

const EXAMPLES_KEPT = 5;

export const hasDrift = (row: SignedCrash) => row.production !== null && row.production !== row.stock;

/**
 * Crashes whose signatures are numbered: equal numbers mean equal signatures
 * (the worker's packed rows are already like this, so the page groups a run
 * with array arithmetic only).
 */
export interface NumberedCrashes {
  readonly ids: readonly string[];
  /** Number → signature text. */
  readonly strings: readonly string[];
  readonly stock: ArrayLike<number>;
  readonly edited: ArrayLike<number>;
  /** -1: no production signature. */
  readonly production: ArrayLike<number>;
}

/** Room for this many distinct signatures in a pair's numeric key (stock × room + edited stays exact). */
const KEY_ROOM = 2 ** 26;

/** Groups crashes by their stock → edited signature pair and names what the edit did to each. */
export function groupChanges(rows: readonly SignedCrash[]): ChangeReport {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (signature: string) => {
    let found = numbers.get(signature);
    if (found === undefined) {
      numbers.set(signature, (found = strings.length));
      strings.push(signature);
    }
    return found;
  };
  return groupNumberedChanges({
    ids: rows.map((row) => row.id),
    strings,
    stock: rows.map((row) => numberOf(row.stock)),
    edited: rows.map((row) => numberOf(row.edited)),
    production: rows.map((row) => (row.production === null ? -1 : numberOf(row.production))),
  });
}

/** groupChanges over numbered signatures: no Map or Set per signature, no key built per crash. */
export function groupNumberedChanges({ ids, strings, stock, edited, production }: NumberedCrashes): ChangeReport {
  type Pair = { stock: number; edited: number; count: number; drift: number; exampleIds: string[] };
  const pairAt = new Map<number, Pair>();
  const pairs: Pair[] = [];
  /** Distinct edited signatures per stock signature, and the other way round, by number. */
  const editedCount = new Int32Array(strings.length);
  const stockCount = new Int32Array(strings.length);
  /** Crashes per stock signature and per edited signature, by number. */
  const stockCrashes = new Int32Array(strings.length);
  const editedCrashes = new Int32Array(strings.length);
  let drift = 0;
  let changedCrashes = 0;
  for (let position = 0; position < ids.length; position++) {
    const from = stock[position] as number;
    const to = edited[position] as number;
    const key = from * KEY_ROOM + to;
    let pair = pairAt.get(key);
    if (!pair) {
      pairAt.set(key, (pair = { stock: from, edited: to, count: 0, drift: 0, exampleIds: [] }));
      pairs.push(pair);
      editedCount[from] = (editedCount[from] as number) + 1;
      stockCount[to] = (stockCount[to] as number) + 1;
    }
    pair.count++;
    stockCrashes[from] = (stockCrashes[from] as number) + 1;
    editedCrashes[to] = (editedCrashes[to] as number) + 1;
    if (pair.exampleIds.length < EXAMPLES_KEPT) pair.exampleIds.push(ids[position] as string);
    const made = production[position] as number;
    if (made !== -1 && made !== from) {
      pair.drift++;
      drift++;
    }
    if (from !== to) changedCrashes++;
  }

  const counts = { renamed: 0, merged: 0, split: 0, unchanged: 0 };
  const text = (number: number) => strings[number] as string;
  const groups = pairs.map((pair): ChangeGroup => {
    const splits = (editedCount[pair.stock] as number) > 1;
    const merges = (stockCount[pair.edited] as number) > 1;
    const kind: ChangeKind = pair.stock === pair.edited ? 'unchanged' : merges ? 'merged' : splits ? 'split' : 'renamed';
    counts[kind]++;
    return { stock: text(pair.stock), edited: text(pair.edited), kind, alsoSplit: kind === 'merged' && splits, count: pair.count, stockTotal: stockCrashes[pair.stock] as number, editedTotal: editedCrashes[pair.edited] as number, drift: pair.drift, exampleIds: pair.exampleIds };
  });
  groups.sort((a, b) => b.count - a.count || a.stock.localeCompare(b.stock) || a.edited.localeCompare(b.edited));
  const distinct = (perNumber: Int32Array) => perNumber.reduce((sum, value) => sum + (value > 0 ? 1 : 0), 0);
  return {
    groups,
    totals: { crashes: ids.length, changedCrashes, ...counts, drift, stockSignatures: distinct(editedCount), editedSignatures: distinct(stockCount) },
  };
}
