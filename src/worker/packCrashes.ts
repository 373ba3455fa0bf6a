import { pyJsonDumps, type DumpReport } from '../engine/python/pyJsonDumps.ts';
import { pyJsonLoads } from '../engine/python/pyJsonLoads.ts';
import type { LoadedCrash } from './crashStore.ts';

/**
 * A batch of crashes as IndexedDB keeps it: their JSON text in a Blob. A
 * reload waits for the set to come back, and reading crashes stored as
 * objects (IndexedDB's structured clone) cost several times reading the
 * same crashes as text and parsing it (17,000 crashes, side by side in
 * Chromium); a Blob is kept in a file of its own and read as one.
 */
export interface PackedCrashes {
  readonly kind: 'crashes-json';
  readonly blob: Blob;
  /** The text holds numbers only Python's reading gives back (1.0, big ints, NaN): read with pyJsonLoads. */
  readonly pythonNumbers: boolean;
}

export function packCrashes(crashes: readonly LoadedCrash[]): PackedCrashes {
  const report: DumpReport = { pythonNumbers: false };
  const text = pyJsonDumps(crashes, 0, report);
  return { kind: 'crashes-json', blob: new Blob([text], { type: 'application/json' }), pythonNumbers: report.pythonNumbers };
}

export async function unpackCrashes(packed: PackedCrashes): Promise<LoadedCrash[]> {
  const text = await packed.blob.text();
  return (packed.pythonNumbers ? pyJsonLoads(text) : JSON.parse(text)) as LoadedCrash[];
}
