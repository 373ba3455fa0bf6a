import type { CrashOrigin } from './crashStore.ts';

/** Signatures of one crash, as the app's tables and reports read them. */
export interface ResultRow {
  readonly id: string;
  readonly production: string | null;
  readonly stock: string;
  readonly edited: string;
  /** Notes of the edited-lists run. */
  readonly notes: readonly string[];
  readonly origin: CrashOrigin;
  /** Fast mode could not sign this crash exactly from its Super Search columns: why. */
  readonly needsFullCrash?: string;
  /** Fast mode signed it on an assumption the user allowed: which. */
  readonly assumption?: string;
}

/**
 * A run's rows as they cross from the worker to the page: columns of indexes
 * into one table of distinct strings. 17,000 crashes share a few hundred
 * signatures, so the page receives each string once instead of once per crash,
 * which is what used to make receiving a run a long main-thread task.
 */
export interface PackedRows {
  /** Crash ids by position; null when the page already has them (the crash set did not change since). */
  readonly ids: readonly string[] | null;
  readonly strings: readonly string[];
  /** Index into `strings`, or -1 for a crash without a production signature. */
  readonly production: Int32Array;
  readonly stock: Int32Array;
  readonly edited: Int32Array;
  /** Index into ORIGINS. */
  readonly origins: Uint8Array;
  /** Crash n's notes are `notes[notesStart[n] .. notesStart[n + 1])`. */
  readonly notesStart: Int32Array;
  readonly notes: Int32Array;
  /** [position, string index] of the few crashes that need the full crash, and why. */
  readonly needsFullCrash: readonly (readonly [number, number])[];
  readonly assumptions: readonly (readonly [number, number])[];
}

const ORIGINS: readonly CrashOrigin[] = ['crash-stats', 'file', 'example'];

/**
 * Packs rows (`rowAt` is called once per position, in order). The ids are
 * left out when the page said it has them already.
 */
export function packRows(count: number, rowAt: (position: number) => ResultRow, withIds = true): PackedRows {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const intern = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexes.set(text, index);
    }
    return index;
  };
  const ids: string[] | null = withIds ? new Array<string>(count) : null;
  const production = new Int32Array(count);
  const stock = new Int32Array(count);
  const edited = new Int32Array(count);
  const origins = new Uint8Array(count);
  const notesStart = new Int32Array(count + 1);
  const notes: number[] = [];
  const needsFullCrash: [number, number][] = [];
  const assumptions: [number, number][] = [];
  for (let position = 0; position < count; position++) {
    const row = rowAt(position);
    if (ids) ids[position] = row.id;
    production[position] = row.production === null ? -1 : intern(row.production);
    stock[position] = intern(row.stock);
    edited[position] = intern(row.edited);
    origins[position] = Math.max(0, ORIGINS.indexOf(row.origin));
    notesStart[position] = notes.length;
    for (const note of row.notes) notes.push(intern(note));
    if (row.needsFullCrash !== undefined) needsFullCrash.push([position, intern(row.needsFullCrash)]);
    if (row.assumption !== undefined) assumptions.push([position, intern(row.assumption)]);
  }
  notesStart[count] = notes.length;
  return { ids, strings, production, stock, edited, origins, notesStart, notes: Int32Array.from(notes), needsFullCrash, assumptions };
}

const NO_NOTES: readonly string[] = Object.freeze([]);

/** The rows again, as objects that share the table's strings (cheap: no string is copied). */
export function unpackRows(packed: PackedRows, ids: readonly string[]): ResultRow[] {
  const { strings, production, stock, edited, origins, notesStart, notes } = packed;
  const string = (index: number) => strings[index] as string;
  const needs = new Map(packed.needsFullCrash);
  const assumed = new Map(packed.assumptions);
  const rows: ResultRow[] = new Array<ResultRow>(ids.length);
  for (let position = 0; position < ids.length; position++) {
    const from = notesStart[position] as number;
    const to = notesStart[position + 1] as number;
    const row: ResultRow = {
      id: ids[position] as string,
      production: production[position] === -1 ? null : string(production[position] as number),
      stock: string(stock[position] as number),
      edited: string(edited[position] as number),
      notes: from === to ? NO_NOTES : Array.from(notes.subarray(from, to), string),
      origin: ORIGINS[origins[position] as number] as CrashOrigin,
    };
    const reason = needs.get(position);
    const assumption = assumed.get(position);
    rows[position] =
      reason !== undefined ? { ...row, needsFullCrash: string(reason) } : assumption !== undefined ? { ...row, assumption: string(assumption) } : row;
  }
  return rows;
}
