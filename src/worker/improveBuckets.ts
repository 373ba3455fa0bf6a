import {
  buildFrameIndex,
  describeBucket,
  walkBucketSteps,
  type CrashWalk,
  checkExpectations,
  createCandidateMemo,
  expectedCrashId,
  measureQuality,
  suggestionSteps,
  type BucketDescription,
  type Expectation,
  type ExpectationResult,
  type FrameIndex,
  type FrameRecorder,
  type QualityReport,
  type SignedForQuality,
  type SignedSet,
  type SigningSource,
  type Suggestion,
} from '../engine/index.ts';
import type { CrashStore, LoadedCrash } from './crashStore.ts';
import { nextTask } from './nextTask.ts';
import { signWithSet, type SiglistSet, type SiglistSetKey, type SiglistSets } from './siglistSets.ts';

/** Other crashes a suggestion changes, as the page shows them: ids, not positions. */
export interface OtherChangeView {
  readonly before: string;
  readonly after: string;
  readonly count: number;
  /** The first MAX_OTHER_IDS of them. */
  readonly ids: readonly string[];
}

export interface SuggestionView extends Omit<Suggestion, 'others'> {
  readonly others: readonly OtherChangeView[];
}

export interface SuggestionsResult {
  readonly signature: string;
  readonly suggestions: readonly SuggestionView[];
  readonly elapsedMs: number;
}

export interface BucketResult extends BucketDescription {
  readonly signature: string;
  readonly elapsedMs: number;
}

const MAX_OTHER_IDS = 100;
/** Work between two looks at the message queue (a newer request, a run). */
const STEP_MS = 12;
/** Crashes re-signed for quality between two looks at the message queue. */
const QUALITY_SLICE = 1_000;

interface ImproveOptions {
  readonly store: CrashStore;
  readonly sets: SiglistSets;
  readonly recorder: FrameRecorder;
  /** Changes with every run and every change to the crash set: work for an older state stops. */
  readonly state: () => string;
  /** Changes with every change to the crash set (positions move): the frame index is built again. */
  readonly crashSetVersion: () => number;
  readonly sliceMs: number;
}

/**
 * The worker's side of "improve a signature": a bucket's walk, suggested
 * lines with exact previews, quality of a set, and expectations. Everything
 * reads the siglist sets the worker holds; suggestions sign candidate sets
 * (a set's lists with one line added) for the crashes a line can change.
 */
export function createImproveApi({ store, sets, recorder, state, crashSetVersion, sliceMs }: ImproveOptions) {
  let requests = 0;
  let index: { crashes: number; recorded: number; lineNumbers: unknown; value: FrameIndex } | null = null;
  const memo = createCandidateMemo();
  /** The last bucket's walks: the suggestions that follow the bucket view start from them. */
  let lastWalks: { set: SiglistSet; signature: string; state: string; walks: readonly (CrashWalk | null)[] } | null = null;
  const qualityKept = new WeakMap<SiglistSet, { state: string; report: QualityReport }>();

  /** The set, signed up to date; null when overtaken while signing. */
  const signedSet = async (key: SiglistSetKey, current: () => boolean): Promise<SiglistSet | null> => {
    const set = sets.get(key);
    if (!set) throw new Error(`No siglist set named ${key}.`);
    return (await sets.signUp(set, sliceMs, () => !current())) ? set : null;
  };

  const sourceFor = (set: SiglistSet): SigningSource => ({
    size: store.size,
    sign: (position, generator) => signWithSet({ generator, lineNumberListChanged: set.lineNumberListChanged }, store.crashes[position] as LoadedCrash).result ?? null,
    // Fast-mode crashes are walked from their Super Search frames, not listed here: always re-signed.
    framesRead(position, generator) {
      const loaded = store.crashes[position] as LoadedCrash;
      return loaded.hit ? null : (recorder.framesOf(generator.siglists.lineNumbers, loaded.crash) ?? null);
    },
  });

  const signedOf = (set: SiglistSet): SignedSet => ({ texts: set.texts, generator: set.generator, signatures: set.signed.map((signed) => signed.signature) });

  /** Runs engine steps, yielding every STEP_MS; null when overtaken. */
  const drive = async <T>(steps: Generator<void, T>, current: () => boolean): Promise<T | null> => {
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart >= STEP_MS) {
        await nextTask();
        if (!current()) return null;
        sliceStart = performance.now();
      }
    }
  };

  /** A newer request of the page's, a run or a change to the crash set overtakes the one under way. */
  const begin = () => {
    const request = ++requests;
    const at = state();
    return () => request === requests && at === state();
  };

  /**
   * The frame index over the set's line-number list, built again when the crashes
   * changed or new frames were recorded (edits to the other lists list no new ones).
   */
  const indexFor = (set: SiglistSet, source: SigningSource): FrameIndex => {
    const lineNumbers = set.generator.siglists.lineNumbers;
    if (index?.crashes !== crashSetVersion() || index.recorded !== recorder.version || index.lineNumbers !== lineNumbers) {
      index = { crashes: crashSetVersion(), recorded: recorder.version, lineNumbers, value: buildFrameIndex(source, set.generator) };
    }
    return index.value;
  };

  return {
    /** How the bucket of a signature was built, with a set's lists (the edited ones by default). */
    async bucketOf(key: SiglistSetKey, signature: string): Promise<BucketResult | null> {
      const started = performance.now();
      const current = begin();
      const set = await signedSet(key, current);
      if (!set) return null;
      const walks = await drive(walkBucketSteps(sourceFor(set), signedOf(set), signature), current);
      if (!walks) return null;
      lastWalks = { set, signature, state: state(), walks };
      return { ...describeBucket(walks), signature, elapsedMs: performance.now() - started };
    },

    /** Suggested lines for the bucket of a signature, ranked, each with its exact preview. */
    async suggestFor(key: SiglistSetKey, signature: string, limit?: number): Promise<SuggestionsResult | null> {
      const started = performance.now();
      const current = begin();
      const set = await signedSet(key, current);
      if (!set) return null;
      const source = sourceFor(set);
      const walks = lastWalks?.set === set && lastWalks.signature === signature && lastWalks.state === state() ? lastWalks.walks : undefined;
      const found = await drive(suggestionSteps(source, signedOf(set), signature, { limit, frameCache: recorder, memo, index: indexFor(set, source), walks }), current);
      if (!found) return null;
      const idOf = (position: number) => (store.crashes[position] as LoadedCrash).id;
      const suggestions = found.map(({ others, ...rest }) => ({
        ...rest,
        others: others.map((other) => ({ before: other.before, after: other.after, count: other.positions.length, ids: other.positions.slice(0, MAX_OTHER_IDS).map(idOf) })),
      }));
      return { signature, suggestions, elapsedMs: performance.now() - started };
    },

    /** Quality of the crash set's buckets with each set (stock and edited for the page). */
    async qualityOf(keys: readonly SiglistSetKey[]): Promise<Record<SiglistSetKey, QualityReport> | null> {
      const current = begin();
      const reports: Record<SiglistSetKey, QualityReport> = {};
      for (const key of keys) {
        const set = await signedSet(key, current);
        if (!set) return null;
        const kept = qualityKept.get(set);
        if (kept?.state === state()) {
          reports[key] = kept.report;
          continue;
        }
        const crashes: SignedForQuality[] = [];
        for (let position = 0; position < store.size; position++) {
          if (position % QUALITY_SLICE === QUALITY_SLICE - 1) {
            await nextTask();
            if (!current()) return null;
          }
          const signed = set.signed[position];
          // proto_signature is not kept per set (it is most of a crash's text): signed again, frames cached.
          const result = signed && !signed.reason ? signWithSet(set, store.crashes[position] as LoadedCrash).result : undefined;
          crashes.push({ signature: signed?.signature ?? '', notes: signed?.notes ?? [], protoSignature: result?.extra.proto_signature ?? '' });
        }
        const report = measureQuality(crashes);
        qualityKept.set(set, { state: state(), report });
        reports[key] = report;
      }
      return reports;
    },

    /** Each expectation checked against what its crash signs as with a set; `missing` when the crash is not loaded. */
    checkExpectations(key: SiglistSetKey, expectations: readonly Expectation[]): ExpectationResult[] {
      const set = sets.get(key);
      if (!set) return expectations.map((expectation) => ({ expectation, status: 'missing' }));
      return checkExpectations(expectations, (id) => {
        const loaded = store.find(id) ?? store.find(expectedCrashId(id));
        return loaded ? signWithSet(set, loaded).result?.signature : undefined;
      });
    },
  };
}
