import {
  createGenerator,
  SIGLIST_FILES,
  type FrameCache,
  type SiglistTexts,
  type SignatureGenerator,
  type SignatureResult,
} from '../engine/index.ts';
import type { CompiledSiglists } from '../engine/siglists/compileSiglists.ts';
import { prepareHit, signPreparedHit, type PreparedHit } from '../crash-stats/fast/signFromHit.ts';
import type { SuperSearchHit } from '../crash-stats/createCrashStatsClient.ts';
import type { CrashStore, LoadedCrash } from './crashStore.ts';
import type { LineUsageCounter } from './countLineUsage.ts';
import { inSlices } from './inSlices.ts';

/**
 * What a set is called in the worker. 'stock' and 'edited' are the page's two;
 * any other key (a PR's base, a candidate line added, a lesson's lists) names
 * a set some feature asked for.
 */
export type SiglistSetKey = string;

export const STOCK: SiglistSetKey = 'stock';
export const EDITED: SiglistSetKey = 'edited';

/** One crash signed with one set. */
export interface SignedCrash {
  readonly signature: string;
  readonly notes: readonly string[];
  /** Fast mode could not sign it from its columns: why (the page offers the full crash). */
  readonly reason?: string;
  /** Fast mode signed it on an assumption the user allowed. */
  readonly assumption?: string;
}

/** One outcome of signing, traced or not: no result means fast mode needs the full crash. */
export interface SigningOutcome {
  readonly result?: SignatureResult;
  readonly reason?: string;
  readonly assumption?: string;
}

/**
 * A set of siglists and everything the worker knows from signing the crash
 * set with it. Stock, edited and any other set are the same kind of value.
 */
export interface SiglistSet {
  readonly texts: SiglistTexts;
  readonly generator: SignatureGenerator;
  /**
   * Its frames-with-line-numbers list differs from stock's: fast-mode crashes
   * were normalised with stock's, so their proto_signature cannot be re-walked.
   */
  readonly lineNumberListChanged: boolean;
  /** The crash set signed with these lists, by position, valid below signedUpTo. */
  readonly signed: SignedCrash[];
  signedUpTo: number;
  /** Line usage, once counted for the crashes as they are now. */
  usage: LineUsageCounter | null;
}

const LINE_NUMBERS = 'signatures_with_line_numbers_re.txt';

export const sameTexts = (a: SiglistTexts, b: SiglistTexts) => SIGLIST_FILES.every((file) => a[file] === b[file]);

/**
 * Fast-mode crashes prepared once (crash data built, frames split), held as
 * the frame cache holds a full crash's frames: every edit re-signs them at
 * the rate full crashes re-sign.
 */
const preparedHits = new WeakMap<LoadedCrash, PreparedHit>();

function preparedHitOf(loaded: LoadedCrash, hit: SuperSearchHit): PreparedHit {
  let prepared = preparedHits.get(loaded);
  if (!prepared) preparedHits.set(loaded, (prepared = prepareHit(hit, loaded.crash)));
  return prepared;
}

/** Signs one loaded crash with a set; fast-mode crashes sign from their Super Search hit. */
export function signWithSet(set: Pick<SiglistSet, 'generator' | 'lineNumberListChanged'>, loaded: LoadedCrash, trace = false): SigningOutcome {
  if (!loaded.hit) return { result: set.generator.generate(loaded.crash, { trace }) };
  const fast = signPreparedHit(preparedHitOf(loaded, loaded.hit), set.generator, {
    lineNumberListChanged: set.lineNumberListChanged,
    trustShutdownHang: loaded.trustShutdownHang === true,
    trace,
  });
  if (fast.status !== 'signed') return { reason: fast.reason };
  return fast.assumption ? { result: fast.result, assumption: fast.assumption } : { result: fast.result };
}

const toSigned = ({ result, reason, assumption }: SigningOutcome): SignedCrash => ({
  signature: result?.signature ?? '',
  notes: result?.notes ?? [],
  ...(reason === undefined ? {} : { reason }),
  ...(assumption === undefined ? {} : { assumption }),
});

interface SiglistSetsOptions {
  readonly store: CrashStore;
  readonly compile: (texts: SiglistTexts) => CompiledSiglists;
  readonly frameCache: FrameCache;
}

/**
 * The siglist sets the worker holds, by key. Two keys with the same texts
 * share one set (an unedited "edited" is stock itself), so nothing is signed
 * twice; each set keeps its signing progress across runs and crash-set
 * growth, and forgets it only where crashes changed.
 */
export function createSiglistSets({ store, compile, frameCache }: SiglistSetsOptions) {
  const byKey = new Map<SiglistSetKey, SiglistSet>();

  const distinct = () => new Set(byKey.values());

  const create = (texts: SiglistTexts): SiglistSet => {
    const stockLineNumbers = byKey.get(STOCK)?.texts[LINE_NUMBERS];
    return {
      texts,
      // Untraced: rows come back fast; traces are made per crash on demand.
      generator: createGenerator(compile(texts), { frameCache }),
      lineNumberListChanged: stockLineNumbers !== undefined && texts[LINE_NUMBERS] !== stockLineNumbers,
      signed: [],
      signedUpTo: 0,
      usage: null,
    };
  };

  const sets = {
    get(key: SiglistSetKey): SiglistSet | undefined {
      return byKey.get(key);
    },

    /**
     * Makes `key` name the set of these texts: kept if it already does,
     * shared with another key holding the same texts, else compiled anew.
     */
    define(key: SiglistSetKey, texts: SiglistTexts): SiglistSet {
      if (key === STOCK) {
        // Every other set's line-number verdict is against stock: start them over.
        byKey.clear();
        const set = create(texts);
        byKey.set(STOCK, set);
        return set;
      }
      const current = byKey.get(key);
      if (current && sameTexts(current.texts, texts)) return current;
      const same = [...distinct()].find((set) => sameTexts(set.texts, texts));
      const set = same ?? create(texts);
      byKey.set(key, set);
      return set;
    },

    drop(key: SiglistSetKey) {
      if (key !== STOCK) byKey.delete(key);
    },

    /** Crashes from this position on changed (replaced, or the set was cleared): sign them again. */
    forgetFrom(position: number) {
      for (const set of distinct()) {
        set.signedUpTo = Math.min(set.signedUpTo, position);
        set.signed.length = Math.min(set.signed.length, position);
        set.usage = null;
      }
    },

    /** New crashes arrived: line usage is counted again (signatures carry on from where they were). */
    grew() {
      for (const set of distinct()) set.usage = null;
    },

    /**
     * Signs the crashes the set has not signed yet, in slices; answers false
     * when overtaken, keeping what was signed for the next call.
     */
    signUp(set: SiglistSet, sliceMs: number, overtaken: () => boolean): Promise<boolean> {
      const crashes = store.crashes;
      return inSlices(crashes.length - set.signedUpTo, sliceMs, overtaken, () => {
        const position = set.signedUpTo;
        set.signed[position] = toSigned(signWithSet(set, crashes[position] as LoadedCrash));
        set.signedUpTo = position + 1;
      });
    },
  };
  return sets;
}

export type SiglistSets = ReturnType<typeof createSiglistSets>;
