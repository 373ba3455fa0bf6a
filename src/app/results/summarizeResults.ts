import type { ResultRow } from '../../worker/engineApi.ts';

export interface BucketChange {
  /** `merge`: several stock signatures became one; `split`: one became several. */
  readonly kind: 'merge' | 'split';
  readonly signature: string;
  readonly parts: readonly { readonly signature: string; readonly count: number }[];
}

export interface ResultSummary {
  readonly crashes: number;
  readonly changed: number;
  readonly stockSignatures: number;
  readonly editedSignatures: number;
  readonly changes: readonly BucketChange[];
}

function group(rows: readonly ResultRow[], key: 'stock' | 'edited', other: 'stock' | 'edited'): Map<string, Map<string, number>> {
  const groups = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let inner = groups.get(row[key]);
    if (!inner) groups.set(row[key], (inner = new Map()));
    inner.set(row[other], (inner.get(row[other]) ?? 0) + 1);
  }
  return groups;
}

const byCount = (parts: Map<string, number>) =>
  [...parts].map(([signature, count]) => ({ signature, count })).sort((a, b) => b.count - a.count || a.signature.localeCompare(b.signature));

/** Counts and the bucket merges/splits an edit causes (stock lists → edited lists). */
export function summarizeResults(rows: readonly ResultRow[]): ResultSummary {
  const byEdited = group(rows, 'edited', 'stock');
  const byStock = group(rows, 'stock', 'edited');
  const changes: BucketChange[] = [];
  for (const [signature, parts] of byEdited) if (parts.size > 1) changes.push({ kind: 'merge', signature, parts: byCount(parts) });
  for (const [signature, parts] of byStock) if (parts.size > 1) changes.push({ kind: 'split', signature, parts: byCount(parts) });
  return {
    crashes: rows.length,
    changed: rows.filter((row) => row.stock !== row.edited).length,
    stockSignatures: byStock.size,
    editedSignatures: byEdited.size,
    changes,
  };
}
