import { nestsDeeperThan, tooDeep } from './nestingDepth.ts';
import type { CrashData, FrameTrace, RuleTrace, SignatureResult } from './types.ts';
import { isWholeFloat } from './python/pyNumbers.ts';
import type { SignatureGenerator } from './createGenerator.ts';
import { convertProcessedCrash, isProcessedCrash } from './convertProcessedCrash.ts';
import { readCrashJson } from './input/readCrashJson.ts';

/*
 * What siggen's `signify` does with one input, shared by the CLI, the HTTP
 * service and the BigQuery UDF: JSON in, siggen's keys out.
 */

export const INPUT_KINDS = ['auto', 'processed', 'crash-data'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface SignifyOptions {
  /** auto: siggen's rule, an object with `json_dump` is a processed crash. */
  readonly input: InputKind;
  readonly verbose: boolean;
  readonly trace: boolean;
}

/** The JSON a signing answers: siggen's keys first, then Siglab's. */
export type SignifyOutput = Record<string, unknown>;

/** Crash data from a parsed input object, converting processed crashes. */
export function toCrashData(input: unknown, kind: InputKind): CrashData {
  const processed = kind === 'processed' || (kind === 'auto' && isProcessedCrash(input));
  return processed ? convertProcessedCrash(input) : (input as CrashData);
}

/** siggen's `signify` keys (`proto_signature` is "" when there is none), plus notes' context. */
export function toSignifyOutput(result: SignatureResult, options: Pick<SignifyOptions, 'verbose' | 'trace'>): SignifyOutput {
  const output: SignifyOutput = {
    signature: result.signature,
    proto_signature: result.extra.proto_signature ?? '',
    notes: result.notes,
    extra: result.extra,
  };
  if (options.verbose) output.debug_log = result.debugLog;
  if (options.trace) output.trace = result.trace.some((rule) => rule.frames?.some((frame) => holdsPythonNumber(frame.raw))) ? result.trace.map(withPlainNumbers) : result.trace;
  return output;
}

/** A value holding a big int or a boxed whole float (see pyNumbers.ts), which JSON.stringify cannot write as such. */
function holdsPythonNumber(value: unknown): boolean {
  if (typeof value === 'bigint' || isWholeFloat(value)) return true;
  return typeof value === 'object' && value !== null && Object.values(value).some(holdsPythonNumber);
}

/** What JSON.stringify can write: a big int as its digits (a string), a whole float as a number. */
function plainNumbers(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (isWholeFloat(value)) return Number(value);
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainNumbers(item)]));
  return value;
}

/** A rule's trace whose frames' raw fields JSON.stringify can write (the normalised texts already show the numbers as Python would). */
function withPlainNumbers(rule: RuleTrace): RuleTrace {
  return rule.frames ? { ...rule, frames: rule.frames.map((frame) => ({ ...frame, raw: plainNumbers(frame.raw) as FrameTrace['raw'] })) } : rule;
}

/**
 * A JSON text read as signify reads it: crash data, or the error it answers
 * instead. Read as Python's `json` reads it, keeping only what signing reads.
 */
export function readSignifyInput(text: string, kind: InputKind): { crash: CrashData } | { error: string } {
  const read = readCrashJson(text);
  if ('error' in read) return read;
  try {
    return { crash: toCrashData(read.value, kind) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A parsed input read as signify reads it: crash data, or the error it answers instead. */
export function readSignifyValue(input: unknown, kind: InputKind): { crash: CrashData } | { error: string } {
  // No crash is that deep; walking such a value would only exhaust the stack.
  if (nestsDeeperThan(input)) return { error: tooDeep() };
  try {
    return { crash: toCrashData(input, kind) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function signRead(read: { crash: CrashData } | { error: string }, generator: SignatureGenerator, options: SignifyOptions): SignifyOutput {
  if ('error' in read) return read;
  try {
    return toSignifyOutput(generator.generate(read.crash, { trace: options.trace || options.verbose }), options);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Signs one JSON text; bad JSON or a non-object processed crash gives `{ error }`. */
export function signifyText(text: string, generator: SignatureGenerator, options: SignifyOptions): SignifyOutput {
  return signRead(readSignifyInput(text, options.input), generator, options);
}

/** Signs one parsed input; a processed crash that is not an object gives `{ error }`. */
export function signifyValue(input: unknown, generator: SignatureGenerator, options: SignifyOptions): SignifyOutput {
  return signRead(readSignifyValue(input, options.input), generator, options);
}
