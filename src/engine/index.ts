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
  buildSteps,
  isQuietRule,
  type GivenFramesStep,
  type MatchedSpan,
  type NormalizeStep,
  type RuleStep,
  type SentinelSearchStep,
  type SignatureStep,
  type WalkEndStep,
  type WalkStep,
} from './explain/buildSteps.ts';
export { explainPythonRegex, printPythonRegex, type RegexExplanation, type RegexPart } from './explain/explainPythonRegex.ts';
export { explainWhyNot, type MatchStop, type TracedFrame, type WhyNotAnswer, type WhyNotCode, type WhyNotQuestion, type WhyNotReason } from './explain/explainWhyNot.ts';
export { collapsedSymbol, frameSymbol, normalizeTypedFrame, type TypedFrame } from './explain/frameSymbol.ts';
export { describeCheck, describeWalkTest, NORMALIZATION_WORDS } from './explain/stepWords.ts';
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
export { appendSiglistLine } from './siglists/appendSiglistLine.ts';
export * from './suggest/index.ts';
export * from './expectations/index.ts';
export { DOMINANT_PATH_SHARE, measureQuality, type QualityReport, type SignedForQuality } from './quality/measureQuality.ts';
