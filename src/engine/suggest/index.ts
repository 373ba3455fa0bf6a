/**
 * Suggestions: how a bucket was built (the walk's own verdicts over its
 * crashes' frames) and which one siglist line would split or merge it, with
 * what that line does to every loaded crash. Pure, shared by the worker, the
 * CLI (`siglab suggest`) and tests.
 */
export { createFrameRecorder, type FrameRecorder } from './recordFrames.ts';
export { buildFrameIndex, type FrameIndex } from './frameIndex.ts';
export { walkOf, keptFrames, type CrashWalk } from './walkOf.ts';
export { describeBucket, framesAfterStop, TREE_DEPTH, type BucketBranch, type BucketDescription, type DroppedFrame } from './describeBucket.ts';
export { lineMatchingBoth, differInOneFrame } from './candidateLines.ts';
export { withLineAdded, compileWithLineAdded, createCandidateMemo, type CandidateSet } from './withLineAdded.ts';
export { crashesLineMayChange } from './crashesLineMayChange.ts';
export { previewLine, keepsPromise, type Merge, type OtherChange, type Suggestion } from './previewLine.ts';
export { bucketSteps, walkBucketSteps, countSignatures, DEFAULT_SUGGESTION_LIMIT, positionsOf, runSteps, suggestionSteps, type SuggestOptions } from './suggestEdits.ts';
export type { CandidateLine, ListSet, SignatureCount, SignedSet, SigningSource } from './types.ts';
