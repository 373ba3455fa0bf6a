import { createStore, delMany, get, set, type UseStore } from 'idb-keyval';
import type { LoadedCrash } from './crashStore.ts';

/** Crashes per IndexedDB record: appending a few fetched crashes rewrites one chunk, not the set. */
export const CHUNK_SIZE = 1_000;

interface CrashSetMeta {
  readonly version: 1;
  readonly count: number;
  readonly chunks: number;
  readonly bytes: number;
}

export interface CrashSetPersistence {
  load(): Promise<{ crashes: LoadedCrash[]; bytes: number } | null>;
  /** Writes the chunks that hold the given positions, and the set's size. */
  save(crashes: readonly LoadedCrash[], changedPositions: Iterable<number>, bytes: number): Promise<void>;
  clear(): Promise<void>;
}

const META_KEY = 'meta';
const chunkKey = (chunk: number) => `chunk-${chunk}`;

/**
 * The loaded crash set in IndexedDB, written from the worker (never the main
 * thread), so a reload or a restarted worker gets the same crashes back.
 */
export function createIndexedDbCrashSet(name = 'siglab-crash-set'): CrashSetPersistence {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(name, 'crashes'));
  let knownChunks = 0;

  return {
    async load() {
      const meta = await get<CrashSetMeta>(META_KEY, db());
      if (!meta || meta.version !== 1) return null;
      knownChunks = meta.chunks;
      const crashes: LoadedCrash[] = [];
      for (let chunk = 0; chunk < meta.chunks; chunk++) {
        const part = await get<LoadedCrash[]>(chunkKey(chunk), db());
        if (!part) return null;
        for (const crash of part) crashes.push(crash);
      }
      return { crashes, bytes: meta.bytes };
    },
    async save(crashes, changedPositions, bytes) {
      const chunks = Math.ceil(crashes.length / CHUNK_SIZE);
      const dirty = new Set<number>();
      for (const position of changedPositions) dirty.add(Math.floor(position / CHUNK_SIZE));
      // One chunk per transaction: cloning a chunk blocks the worker, so a run can go between two.
      for (const chunk of [...dirty].filter((index) => index < chunks).sort((a, b) => a - b)) {
        await set(chunkKey(chunk), crashes.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE), db());
      }
      const meta: CrashSetMeta = { version: 1, count: crashes.length, chunks, bytes };
      await set(META_KEY, meta, db());
      if (knownChunks > chunks) await delMany(Array.from({ length: knownChunks - chunks }, (_, i) => chunkKey(chunks + i)), db());
      knownChunks = chunks;
    },
    async clear() {
      const stale = Array.from({ length: knownChunks }, (_, i) => chunkKey(i));
      await delMany([META_KEY, ...stale], db());
      knownChunks = 0;
    },
  };
}
