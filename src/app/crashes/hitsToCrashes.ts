import type { SuperSearchHit } from '../../crash-stats/createCrashStatsClient.ts';
import { hitToCrashData } from '../../crash-stats/fast/signFromHit.ts';
import type { LoadedCrash, SearchOrigin } from '../../worker/engineApi.ts';

/** Fast-mode crashes from a Super Search's hits, each knowing the search it came from (so a link can carry the search). */
export function hitsToCrashes(hits: readonly SuperSearchHit[], search: SearchOrigin, trustShutdownHang: boolean): LoadedCrash[] {
  return hits.map((hit) => ({ id: String(hit.uuid), crash: hitToCrashData(hit), hit, search, ...(trustShutdownHang ? { trustShutdownHang } : {}) }));
}
