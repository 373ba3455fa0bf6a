/**
 * Crash data nests a few levels (threads → frames → fields). Far deeper
 * values (a crafted file, 20,000 levels) break recursive code downstream —
 * structured cloning to the worker throws and drops the whole file — so they
 * are refused item by item.
 */
export const MAX_NESTING_DEPTH = 1_000;

/** What an input nested deeper than that is told (built when needed: number formatting costs a CLI start ~25 ms). */
export const tooDeep = () => `nested deeper than ${MAX_NESTING_DEPTH.toLocaleString('en')} levels; no crash is`;

/**
 * Whether `value` nests arrays/objects deeper than `limit`; iterative, so
 * depth itself cannot overflow the stack. It runs on every loaded crash, so
 * it allocates nothing per value: two parallel stacks, no entry objects.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const child: unknown = current[index];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in current) {
        const child: unknown = (current as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null && Object.hasOwn(current, key)) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}
