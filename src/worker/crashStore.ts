import type { CrashData } from '../engine/types.ts';
import type { SuperSearchHit } from '../crash-stats/createCrashStatsClient.ts';

/** Where a crash came from: only Crash Stats crashes can travel in a link (by id). */
export type CrashOrigin = 'crash-stats' | 'file' | 'example';

/** One crash as the worker keeps it: converted crash data, nothing signing does not read. */
export interface LoadedCrash {
  readonly id: string;
  readonly crash: CrashData;
  readonly origin?: CrashOrigin;
  /**
   * Fast mode: the crash's Super Search hit (proto_signature = pre-normalised
   * frames, plus the columns the later rules read); it is signed from that
   * alone, or marked as needing the full crash.
   */
  readonly hit?: SuperSearchHit;
  /** Fast mode may sign shutdown hangs on other threads, trusting the stored verdict (see signFromHit). */
  readonly trustShutdownHang?: boolean;
  /** Fast mode: the Super Search the hit came from, so a link can carry the search instead of every id. */
  readonly search?: SearchOrigin;
}

/** A Super Search loaded in fast mode: its filters (URL parameters) and how many crashes were asked for. */
export interface SearchOrigin {
  readonly params: string;
  readonly wanted: number;
}

export interface StoreChange {
  /** Positions that were appended. */
  readonly appended: number;
  /** Positions of crashes that replaced one with the same id. */
  readonly replaced: readonly number[];
}

/**
 * The loaded crash set, in load order, one entry per id (a later crash with
 * the same id replaces the earlier one in place, so positions stay stable).
 */
export function createCrashStore() {
  let crashes: LoadedCrash[] = [];
  let positions = new Map<string, number>();

  return {
    get crashes(): readonly LoadedCrash[] {
      return crashes;
    },
    get size() {
      return crashes.length;
    },
    find(id: string): LoadedCrash | undefined {
      const at = positions.get(id);
      return at === undefined ? undefined : crashes[at];
    },
    /** Adds a batch (no spread: batches can be very large). */
    add(batch: readonly LoadedCrash[]): StoreChange {
      const before = crashes.length;
      const replaced: number[] = [];
      for (const crash of batch) {
        const at = positions.get(crash.id);
        if (at === undefined) {
          positions.set(crash.id, crashes.length);
          crashes.push(crash);
        } else if (!(crash.hit && !(crashes[at] as LoadedCrash).hit)) {
          // A Super Search hit never replaces the full crash: fast mode only knows less.
          crashes[at] = crash;
          if (at < before) replaced.push(at);
        }
      }
      return { appended: crashes.length - before, replaced };
    },
    clear() {
      crashes = [];
      positions = new Map();
    },
  };
}

export type CrashStore = ReturnType<typeof createCrashStore>;
