/** A bounded memo keyed by strings, emptied when full. */
export interface StringMemo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export interface MemoBounds<V> {
  /** Characters held at most: every key's length plus `weigh` of every value. */
  readonly chars?: number;
  /** Characters a value adds besides its key (strings it made, not ones it shares). */
  readonly weigh?: (value: V) => number;
  /** Keys longer than this are not kept: one rare huge entry would flush all the common ones. */
  readonly maxKeyChars?: number;
}

/**
 * Backed by a null-prototype object, not a Map: V8 interns a string used as a
 * property key and points the string at the interned copy, so a crash's
 * function names, freshly parsed from JSON, are found by identity from their
 * first lookup on, instead of being compared character by character each time.
 * Bounded in entries and in characters: an entry count alone let distinct
 * 1 MB names (a hostile or broken client) hold gigabytes.
 */
export function createStringMemo<V>(limit: number, bounds: MemoBounds<V> = {}): StringMemo<V> {
  const maxChars = bounds.chars ?? Infinity;
  const maxKeyChars = bounds.maxKeyChars ?? Infinity;
  const weigh = bounds.weigh;
  let table: Record<string, V> = Object.create(null) as Record<string, V>;
  let size = 0;
  let chars = 0;
  return {
    get: (key) => table[key],
    set(key, value) {
      if (key.length > maxKeyChars) return;
      const added = key.length + (weigh ? weigh(value) : 0);
      if (size >= limit || chars + added > maxChars) {
        table = Object.create(null) as Record<string, V>;
        size = 0;
        chars = 0;
      }
      if (!(key in table)) {
        size++;
        chars += added;
      }
      table[key] = value;
    },
  };
}
