import { createFrameCache, type FrameCache } from '../frames/frameCache.ts';
import { createStringMemo } from '../frames/stringMemo.ts';
import { createGenerator } from '../createGenerator.ts';
import { appendSiglistLine } from '../siglists/appendSiglistLine.ts';
import { createMatcher, createSentinelList, type CompiledSiglists } from '../siglists/compileSiglists.ts';
import type { TranslatedRegex } from '../siglists/translatePythonRegex.ts';
import type { TranslationMemo } from '../siglists/translationMemo.ts';
import type { SiglistError, SiglistFile } from '../types.ts';
import type { ListSet } from './types.ts';

/** Line translations shared by every candidate: a candidate list is its base list plus one line. */
export function createCandidateMemo(): TranslationMemo {
  return createStringMemo<TranslatedRegex>(20_000);
}

/** The lists of a set with one line appended to one file, compiled as the engine compiles any lists. */
export function compileWithLineAdded(base: CompiledSiglists, file: SiglistFile, text: string, memo?: TranslationMemo): CompiledSiglists {
  // The other three lists are the base's own matchers (their memo of matched frames included).
  const errors: SiglistError[] = base.errors.filter((error) => error.file !== file);
  switch (file) {
    case 'irrelevant_signature_re.txt':
      return { ...base, irrelevant: createMatcher(file, text, errors, memo), errors };
    case 'prefix_signature_re.txt':
      return { ...base, prefix: createMatcher(file, text, errors, memo), errors };
    case 'signature_sentinels.txt':
      return { ...base, sentinels: createSentinelList(file, text, errors, memo), errors };
    case 'signatures_with_line_numbers_re.txt':
      return { ...base, lineNumbers: createMatcher(file, text, errors, memo), errors };
  }
}

export interface CandidateSet extends ListSet {
  /** The added line's number in its file. */
  readonly lineNumber: number;
}

/**
 * Another siglist set: the base's texts with `line` added at the end of `file`,
 * and a generator over them sharing the frame cache (normalised frames are
 * not listed again unless the line-number list is the one changed).
 */
export function withLineAdded(base: ListSet, file: SiglistFile, line: string, options: { frameCache?: FrameCache; memo?: TranslationMemo } = {}): CandidateSet {
  const appended = appendSiglistLine(base.texts[file], line);
  const texts = { ...base.texts, [file]: appended.text };
  const siglists = compileWithLineAdded(base.generator.siglists, file, appended.text, options.memo);
  const generator = createGenerator(siglists, { ruleset: base.generator.ruleset, frameCache: options.frameCache ?? createFrameCache() });
  return { texts, generator, lineNumber: appended.line };
}
