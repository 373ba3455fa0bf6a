import { convertProcessedCrash, isProcessedCrash, type CrashData, type SignatureGenerator, type SignatureResult } from '../engine/index.ts';

export const INPUT_KINDS = ['auto', 'processed', 'crash-data'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface SignOptions {
  /** auto: siggen's rule, an object with `json_dump` is a processed crash. */
  readonly input: InputKind;
  readonly verbose: boolean;
  readonly trace: boolean;
}

/** The JSON a signing answers: siggen's keys first, then Siglab's. */
export type SignOutput = Record<string, unknown>;

/** Crash data from a parsed input object, converting processed crashes. */
export function toCrashData(input: unknown, kind: InputKind): CrashData {
  const processed = kind === 'processed' || (kind === 'auto' && isProcessedCrash(input));
  return processed ? convertProcessedCrash(input) : (input as CrashData);
}

/** siggen's `signify` keys (`proto_signature` is "" when there is none), plus notes' context. */
export function toSignOutput(result: SignatureResult, options: Pick<SignOptions, 'verbose' | 'trace'>): SignOutput {
  const output: SignOutput = {
    signature: result.signature,
    proto_signature: result.extra.proto_signature ?? '',
    notes: result.notes,
    extra: result.extra,
  };
  if (options.verbose) output.debug_log = result.debugLog;
  if (options.trace) output.trace = result.trace;
  return output;
}

/** Signs one JSON text; bad JSON or a non-object processed crash gives `{ error }`. */
export function signCrashText(text: string, generator: SignatureGenerator, options: SignOptions): SignOutput {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  return signCrashValue(input, generator, options);
}

export function signCrashValue(input: unknown, generator: SignatureGenerator, options: SignOptions): SignOutput {
  try {
    const crash = toCrashData(input, options.input);
    return toSignOutput(generator.generate(crash, { trace: options.trace || options.verbose }), options);
  } catch (error) {
    return { error: (error as Error).message };
  }
}
