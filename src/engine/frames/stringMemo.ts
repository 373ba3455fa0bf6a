/** A bounded memo keyed by strings, emptied when full. */
export interface StringMemo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/**
 * Backed by a null-prototype object, not a Map: V8 interns a string used as a
 * property key and points the string at the interned copy, so a crash's
 * function names, freshly parsed from JSON, are found by identity from their
 * first lookup on, instead of being compared character by character each time.
 */
export function createStringMemo<V>(limit: number): StringMemo<V> {
  let table: Record<string, V> = Object.create(null) as Record<string, V>;
  let size = 0;
  return {
    get: (key) => table[key],
    set(key, value) {
      if (size >= limit) {
        table = Object.create(null) as Record<string, V>;
        size = 0;
      }
      if (!(key in table)) size++;
      table[key] = value;
    },
  };
}
