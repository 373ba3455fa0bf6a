/**
 * Entry of `dist-udf/siglab-udf.js`, the BigQuery JavaScript UDF library
 * (`npm run build:udf`). The bundle is one classic script with the stock
 * siglists embedded at build time; it only uses the JavaScript language
 * itself (no modules, require, process or timers), as BigQuery's sandbox allows.
 */
import { capUdfOutput } from './capUdfOutput.ts';
import { compileSiglists, createGenerator, signifyText, type SignatureGenerator, type SiglistTexts } from '../engine/index.ts';

/** Replaced by the build with the stock siglists' texts. */
declare const __SIGLAB_STOCK_SIGLISTS__: SiglistTexts;

let generator: SignatureGenerator | null = null;

/**
 * Crash data or a processed crash (an object with `json_dump`, as siggen
 * decides) as a JSON string → `{"signature", "proto_signature", "notes"}` as
 * a JSON string, at most 1 Mi characters (see capUdfOutput). SQL NULL in,
 * NULL out; input that cannot be signed gives `{"error": …}` instead of
 * failing the whole query.
 */
export function siglabSignature(crashJson: string | null | undefined): string | null {
  if (crashJson === null || crashJson === undefined) return null;
  // BigQuery runs the library once per worker and the function for many rows: compile once.
  generator ??= createGenerator(compileSiglists(__SIGLAB_STOCK_SIGLISTS__));
  // Read as Python's json reads it (1.0 stays a float, big ints exact), keeping only what signing reads.
  const output = signifyText(String(crashJson), generator, { input: 'auto', trace: false, verbose: false });
  if ('error' in output) return JSON.stringify({ error: output.error });
  return capUdfOutput({ signature: output.signature as string, proto_signature: output.proto_signature as string, notes: output.notes as string[] });
}
