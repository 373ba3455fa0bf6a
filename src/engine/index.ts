/**
 * Siglab's signature engine: a pure TypeScript port of Socorro's
 * `socorro/signature`. No DOM, no I/O — siglists come in as text.
 */
export * from './types.ts';
export { createGenerator, type GenerateOptions, type GeneratorOptions, type SignatureGenerator } from './createGenerator.ts';
export { createFrameCache, type FrameCache } from './frames/frameCache.ts';
export { getCrashingThread as crashingThreadIndex } from './python/crashFields.ts';
export { compileSiglists, EMPTY_SIGLIST_TEXTS, type CompiledSiglists, type CompileOptions } from './siglists/compileSiglists.ts';
export type { TranslationMemo } from './siglists/translationMemo.ts';
export { createSiglistCompiler } from './siglists/createSiglistCompiler.ts';
export { convertProcessedCrash, isProcessedCrash, NotACrashError } from './convertProcessedCrash.ts';
export { keepSigningInput } from './keepSigningInput.ts';
export { readCrashJson, readCrashJsonItems, type CrashJsonRead } from './input/readCrashJson.ts';
export { keepWhatSigningReads } from './input/keepWhatSigningReads.ts';
export { pyJsonDumps } from './python/pyJsonDumps.ts';
export { pyStr } from './python/pyStr.ts';
export { findCrashIds, isCrashId, parseCrashId, type FoundCrashIds } from './crashIds.ts';
export { DEFAULT_RULESET, type Rule, type RuleContext, type RuleOutput } from './rules/index.ts';
export { RULE_DESCRIPTIONS } from './rules/ruleDescriptions.ts';
export { SIGNATURE_MAX_LENGTH } from './rules/SigTruncate.ts';
export { escapePythonRegex } from './siglists/escapePythonRegex.ts';
export {
  INPUT_KINDS,
  readSignifyInput,
  readSignifyValue,
  signifyText,
  signifyValue,
  toCrashData,
  toSignifyOutput,
  type InputKind,
  type SignifyOptions,
  type SignifyOutput,
} from './signify.ts';
