import type { CrashData } from '../types.ts';
import type { SiglistMatcher } from '../siglists/compileSiglists.ts';
import { crashField, getThread } from '../python/crashFields.ts';
import { listNormalizedFrames, type ListedFrame } from './listNormalizedFrames.ts';
import { createFrameNormalizer, type FrameFields } from './normalizeFrame.ts';

/** One thread's normalised frames: what the frame walk starts from. */
export interface NormalizedThread {
  readonly listed: readonly ListedFrame[];
  /** `listed[i].normalized.text`, kept as one array: it becomes `normalized_frames` as is. */
  readonly texts: readonly string[];
}

/** Lists a thread's normalised frames (thread: the index the walk resolved, may be negative). */
export type ThreadLister = (crash: CrashData, thread: number) => NormalizedThread;

/** Normalises from the crash itself, with its own memo of collapsed symbols. */
export function createThreadLister(lineNumbers: SiglistMatcher): ThreadLister {
  const normalize = createFrameNormalizer(lineNumbers);
  return (crash, thread) => {
    // Windows module names are case-insensitive; upstream lower-cases them so buckets merge.
    const lowerCaseModules = crashField(crash, 'os') === 'Windows NT';
    const listed = listNormalizedFrames(getThread(crash, thread), lowerCaseModules, normalize);
    return { listed, texts: listed.map((frame) => frame.normalized.text) };
  };
}

const NO_FIELDS: FrameFields = { module: undefined, function: undefined, file: undefined, line: undefined, module_offset: undefined, offset: undefined };

/**
 * Frames someone else already normalised (e.g. a Super Search `proto_signature`
 * split on ` | `). The trace shows them without raw fields or line-number matches.
 */
export function threadFromTexts(texts: readonly string[]): NormalizedThread {
  const listed = texts.map((text, index): ListedFrame => ({ frameIndex: index, inline: false, fields: NO_FIELDS, normalized: { text } }));
  return { listed, texts };
}
