/**
 * Halves a set known to hang until one item is left that hangs alone:
 * about log2(n) probes. When neither half hangs on its own (the cost only
 * adds up over both), the set is returned as it stands.
 */
export async function narrowDown<T>(items: readonly T[], hangs: (subset: readonly T[]) => Promise<boolean>): Promise<readonly T[]> {
  let candidates = items;
  while (candidates.length > 1) {
    const half = candidates.slice(0, Math.ceil(candidates.length / 2));
    const rest = candidates.slice(half.length);
    if (await hangs(half)) candidates = half;
    else if (await hangs(rest)) candidates = rest;
    else return candidates;
  }
  return candidates;
}
