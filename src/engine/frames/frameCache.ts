import type { CrashData } from '../types.ts';
import type { SiglistMatcher } from '../siglists/compileSiglists.ts';
import { createThreadLister, type NormalizedThread, type ThreadLister } from './threadFrames.ts';

/**
 * Keeps each crash's normalised frames across generators. Normalised frames
 * depend only on the crash and the `signatures_with_line_numbers_re.txt` list,
 * so generators whose line-number list is the same share them: after an edit
 * to the irrelevant, prefix or sentinel list only the walk and the later rules
 * run again. Crashes are held weakly (a dropped crash frees its frames) and must
 * not be mutated after they were signed — the engine never mutates them.
 */
export interface FrameCache {
  /** The lister for generators with this line-number list (used by createGenerator). */
  listerFor(lineNumbers: SiglistMatcher): ThreadLister;
}

/** Line-number lists remembered at once: stock and edited, plus a few recent edits. */
const MAX_LISTS = 4;

/** A line-number list's identity: its usable lines with their numbers (matches carry them). */
function lineNumbersKey(lineNumbers: SiglistMatcher): string {
  return lineNumbers.entries.map((entry) => `${entry.line}\t${entry.pattern}`).join('\n');
}

function createCachingLister(lineNumbers: SiglistMatcher): ThreadLister {
  const list = createThreadLister(lineNumbers);
  const byCrash = new WeakMap<object, Map<number, NormalizedThread>>();
  return (crash: CrashData, thread: number, detailed: boolean) => {
    // Not an object (bad input): nothing to key on, and normalising it fails anyway.
    if (typeof crash !== 'object' || crash === null) return list(crash, thread, detailed);
    let threads = byCrash.get(crash);
    let found = threads?.get(thread);
    // Frames listed for an untraced run lack the trace's records: a traced run lists again.
    if (found && (found.listed || !detailed)) return found;
    // A crash whose frames fail to normalise throws here each time; only successes are kept.
    const fresh = list(crash, thread, detailed);
    // Upgraded for a trace: earlier results keep holding the same texts array.
    found = found ? { ...fresh, texts: found.texts } : fresh;
    if (!threads) byCrash.set(crash, (threads = new Map()));
    threads.set(thread, found);
    return found;
  };
}

export function createFrameCache(): FrameCache {
  const listers = new Map<string, ThreadLister>();
  return {
    listerFor(lineNumbers) {
      const key = lineNumbersKey(lineNumbers);
      let lister = listers.get(key);
      if (lister) {
        listers.delete(key); // re-insert: the map's order is least recently used first
      } else {
        lister = createCachingLister(lineNumbers);
        if (listers.size >= MAX_LISTS) listers.delete(listers.keys().next().value as string);
      }
      listers.set(key, lister);
      return lister;
    },
  };
}
