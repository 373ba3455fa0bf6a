import { useEffect, useState } from 'react';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import type { BucketResult, SuggestionsResult } from '../../worker/engineApi.ts';
import { EDITED } from '../../worker/siglistSets.ts';

export interface BucketState {
  readonly bucket: BucketResult | null;
  readonly suggestions: SuggestionsResult | null;
  readonly problem: string | null;
}

/**
 * The bucket's walk, then its suggestions, from the worker, for the edited
 * lists of the latest run (`run` changes with each result). The two are asked
 * one after the other: a newer request overtakes an older one in the worker.
 */
export function useBucketSuggestions(client: EngineClient | null, signature: string, run: unknown): BucketState {
  const [state, setState] = useState<BucketState>({ bucket: null, suggestions: null, problem: null });
  useEffect(() => {
    if (!client || !run) return;
    let live = true;
    setState((current) => (current.bucket?.signature === signature ? current : { bucket: null, suggestions: null, problem: null }));
    (async () => {
      const bucket = await client.bucketOf(EDITED, signature);
      if (!live || !bucket) return;
      setState((current) => ({ ...current, bucket, problem: null }));
      const suggestions = await client.suggestFor(EDITED, signature);
      if (live && suggestions) setState((current) => ({ ...current, suggestions }));
    })().catch((error: unknown) => live && setState((current) => ({ ...current, problem: (error as Error).message })));
    return () => {
      live = false;
    };
  }, [client, signature, run]);
  return state;
}
