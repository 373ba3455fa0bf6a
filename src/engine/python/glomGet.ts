import { isPyDict } from './pyValues.ts';
import { pyIntOrNone } from './pyInt.ts';

/**
 * Path lookup the way upstream's `glom(target, "a.b.0", default=...)` does it:
 * dict keys by name, list items by (possibly negative) integer, and any
 * failure along the way gives the default.
 */
export function glomGet(target: unknown, path: readonly string[], fallback: unknown): unknown {
  let current = target;
  for (const segment of path) {
    if (isPyDict(current)) {
      if (!Object.hasOwn(current, segment)) return fallback;
      current = current[segment];
    } else if (Array.isArray(current)) {
      const index = pyIntOrNone(segment);
      if (index === null) return fallback;
      const position = index < 0 ? current.length + index : index;
      if (position < 0 || position >= current.length) return fallback;
      current = current[position];
    } else {
      return fallback;
    }
  }
  return current;
}
