import type { CrashData } from '../types.ts';
import type { FrameCache } from '../frames/frameCache.ts';
import type { SiglistMatcher } from '../siglists/compileSiglists.ts';
import type { ThreadLister } from '../frames/threadFrames.ts';

/**
 * A frame cache that also remembers which threads' frames the engine listed
 * for each crash. Every siglist decision is made on a listed frame, so a line
 * that matches none of a crash's listed frames cannot change its signature:
 * suggestions re-sign only the crashes a candidate line could change.
 */
export interface FrameRecorder extends FrameCache {
  /**
   * The frame texts listed for this crash with this line-number list, one
   * array per thread, over every generator that signed it through this cache;
   * undefined when none was (listing failed, or it never signed here).
   */
  framesOf(lineNumbers: SiglistMatcher, crash: CrashData): readonly (readonly string[])[] | undefined;
  /** Grows whenever a crash's thread is recorded anew: an index of the records is stale once it moved. */
  readonly version: number;
}

/** Wraps a frame cache; the frames themselves stay in it, this keeps their texts by crash. */
export function createFrameRecorder(cache: FrameCache): FrameRecorder {
  // Listers are per line-number list (the cache hands out one per list); so are the records.
  const recordsByLister = new WeakMap<ThreadLister, WeakMap<object, Map<number, readonly string[]>>>();
  const recordingListers = new WeakMap<ThreadLister, ThreadLister>();
  let version = 0;

  const recordsFor = (lister: ThreadLister) => {
    let records = recordsByLister.get(lister);
    if (!records) recordsByLister.set(lister, (records = new WeakMap()));
    return records;
  };

  return {
    listerFor(lineNumbers) {
      const inner = cache.listerFor(lineNumbers);
      let recording = recordingListers.get(inner);
      if (recording) return recording;
      const records = recordsFor(inner);
      recording = (crash, thread, detailed) => {
        const listed = inner(crash, thread, detailed);
        if (typeof crash === 'object' && crash !== null) {
          let threads = records.get(crash);
          if (!threads) records.set(crash, (threads = new Map()));
          // Same texts array for the same crash and thread while the cache keeps it: nothing to do.
          if (threads.get(thread) !== listed.texts) {
            threads.set(thread, listed.texts);
            version++;
          }
        }
        return listed;
      };
      recordingListers.set(inner, recording);
      return recording;
    },
    get version() {
      return version;
    },
    framesOf(lineNumbers, crash) {
      const threads = recordsFor(cache.listerFor(lineNumbers)).get(crash);
      return threads ? [...threads.values()] : undefined;
    },
  };
}
