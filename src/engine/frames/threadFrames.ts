import type { CrashData } from '../types.ts';
import type { SiglistMatcher } from '../siglists/compileSiglists.ts';
import { crashField, getThread } from '../python/crashFields.ts';
import { listNormalizedFrames, MAXIMUM_FRAMES_TO_CONSIDER, type ListedFrame, type ListedFrames } from './listNormalizedFrames.ts';
import { createFrameNormalizer, type FrameFields } from './normalizeFrame.ts';

/**
 * One thread's normalised frames: what the frame walk starts from. `texts`
 * becomes `normalized_frames` as is; `listed` (per-frame records for traces)
 * is null when the lister was not asked for details.
 */
export type NormalizedThread = ListedFrames;

/**
 * Lists a thread's normalised frames (thread: the index the walk resolved, may
 * be negative); `detailed`: also the per-frame records a trace shows.
 */
export type ThreadLister = (crash: CrashData, thread: number, detailed: boolean) => NormalizedThread;

/** Normalises from the crash itself, with its own memo of collapsed symbols. */
export function createThreadLister(lineNumbers: SiglistMatcher): ThreadLister {
  const normalize = createFrameNormalizer(lineNumbers);
  return (crash, thread, detailed) => {
    // Windows module names are case-insensitive; upstream lower-cases them so buckets merge.
    const lowerCaseModules = crashField(crash, 'os') === 'Windows NT';
    return listNormalizedFrames(getThread(crash, thread), lowerCaseModules, normalize, detailed);
  };
}

const NO_FIELDS: FrameFields = { module: undefined, function: undefined, file: undefined, line: undefined, module_offset: undefined, offset: undefined };

/**
 * Frames someone else already normalised (e.g. a Super Search `proto_signature`
 * split on ` | `). The trace shows them without raw fields or line-number matches.
 */
export function threadFromTexts(texts: readonly string[]): NormalizedThread {
  const listed = texts.map((text, index): ListedFrame => ({ frameIndex: index, inline: false, fields: NO_FIELDS, normalized: { text } }));
  // proto_signature is cut at the frame limit: a full one may have had more frames.
  return { listed, texts, given: true, frameLimit: texts.length >= MAXIMUM_FRAMES_TO_CONSIDER ? 'unknown' : 'not-reached' };
}
