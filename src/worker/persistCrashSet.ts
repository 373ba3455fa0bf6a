import { createStore, delMany, get, getMany, set, type UseStore } from 'idb-keyval';
import type { LoadedCrash } from './crashStore.ts';
import { packCrashes, unpackCrashes, type PackedCrashes } from './packCrashes.ts';

/**
 * One step of building the crash set: a file the person chose (kept as the
 * File itself) or crashes that arrived another way (fetched, examples).
 * Replaying the steps in order through the store gives the same set, with the
 * same positions and the same later-replaces-earlier rule.
 */
export type CrashSetRecord =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'crashes'; readonly crashes: readonly LoadedCrash[] };

export interface CrashSetPersistence {
  /** The saved steps, oldest first, and the set's size; null when nothing is saved. */
  load(): Promise<{ records: CrashSetRecord[]; bytes: number } | null>;
  /** Adds a step at the end, and records the set's new size. */
  append(record: CrashSetRecord, bytes: number): Promise<void>;
  clear(): Promise<void>;
}

/** Version 1 kept the set as rewritten chunks of crashes; version 2 as a log of steps. */
type CrashSetMeta =
  | { readonly version: 1; readonly count: number; readonly chunks: number; readonly bytes: number }
  | { readonly version: 2; readonly keys: readonly string[]; readonly bytes: number };

const META_KEY = 'meta';
/** The key of a version-1 chunk: read as a step of crashes, so an older saved set still comes back. */
const chunkKey = (chunk: number) => `chunk-${chunk}`;

/**
 * What IndexedDB holds under a step's key: crashes packed (see packCrashes);
 * from earlier versions, crashes as objects, or a version-1 chunk (a bare array).
 */
type StoredRecord = CrashSetRecord | PackedCrashes | LoadedCrash[];

async function asRecord(stored: StoredRecord): Promise<CrashSetRecord> {
  if (Array.isArray(stored)) return { kind: 'crashes', crashes: stored };
  if (stored.kind === 'crashes-json') return { kind: 'crashes', crashes: await unpackCrashes(stored) };
  return stored;
}

const toStored = (record: CrashSetRecord): StoredRecord => (record.kind === 'crashes' ? packCrashes(record.crashes) : record);

/**
 * The loaded crash set in IndexedDB, written from the worker (never the main
 * thread), so a reload or a restarted worker gets the same crashes back. A
 * chosen file is stored as the File: IndexedDB keeps its bytes without the
 * worker cloning a single crash, so saving costs a load nothing; the steps are
 * read again on the next visit.
 */
export function createIndexedDbCrashSet(name = 'siglab-crash-set'): CrashSetPersistence {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(name, 'crashes'));
  let keys: string[] = [];
  let nextKey = 0;

  const readKeys = async (): Promise<{ keys: string[]; bytes: number } | null> => {
    const meta = await get<CrashSetMeta>(META_KEY, db());
    if (!meta) return null;
    if (meta.version === 1) return { keys: Array.from({ length: meta.chunks }, (_, chunk) => chunkKey(chunk)), bytes: meta.bytes };
    return meta.version === 2 ? { keys: [...meta.keys], bytes: meta.bytes } : null;
  };

  return {
    async load() {
      const saved = await readKeys();
      if (!saved) return null;
      keys = saved.keys;
      const stored = await getMany<StoredRecord | undefined>(keys, db());
      if (stored.some((record) => record === undefined)) return null;
      return { records: await Promise.all((stored as StoredRecord[]).map(asRecord)), bytes: saved.bytes };
    },
    async append(record, bytes) {
      if (keys.length === 0 && nextKey === 0) keys = (await readKeys())?.keys ?? [];
      const key = `step-${Date.now().toString(36)}-${nextKey++}`;
      await set(key, toStored(record), db());
      keys.push(key);
      const meta: CrashSetMeta = { version: 2, keys, bytes };
      await set(META_KEY, meta, db());
    },
    async clear() {
      const stale = keys.length > 0 ? keys : ((await readKeys())?.keys ?? []);
      await delMany([META_KEY, ...stale], db());
      keys = [];
    },
  };
}
