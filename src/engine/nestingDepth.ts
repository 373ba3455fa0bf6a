/**
 * Crash data nests a few levels (threads → frames → fields). Far deeper
 * values (a crafted file, 20,000 levels) break recursive code downstream —
 * structured cloning to the worker throws and drops the whole file — so they
 * are refused item by item.
 */
export const MAX_NESTING_DEPTH = 1_000;

/** Whether `value` nests arrays/objects deeper than `limit`; iterative, so depth itself cannot overflow the stack. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(item.value)) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth });
  }
  return false;
}
