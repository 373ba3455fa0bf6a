import { useCallback, useEffect, useState } from 'react';
import type { Expectation, ExpectationResult } from '../../engine/index.ts';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import { EDITED } from '../../worker/siglistSets.ts';
import { loadExpectations, mergeExpectations, saveExpectations } from './expectationStore.ts';

export interface ExpectationsState {
  readonly list: readonly Expectation[];
  /** Each expectation checked after the latest run (same order as list); null until checked. */
  readonly results: readonly ExpectationResult[] | null;
  readonly storageProblem: string | null;
  add(expectations: readonly Expectation[]): void;
  remove(crashId: string): void;
  clear(): void;
}

/**
 * The pinned expectations, kept in storage, and checked by the worker against
 * the edited lists after every run (`run` changes with each result).
 */
export function useExpectations(client: EngineClient | null, storage: Storage, run: unknown): ExpectationsState {
  const [list, setList] = useState<readonly Expectation[]>(() => loadExpectations(storage));
  const [results, setResults] = useState<readonly ExpectationResult[] | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);

  useEffect(() => setStorageProblem(saveExpectations(storage, list)), [storage, list]);

  useEffect(() => {
    if (!client || !run) return;
    let live = true;
    client.checkExpectations(EDITED, list).then(
      (checked) => live && setResults(checked),
      () => live && setResults(null),
    );
    return () => {
      live = false;
    };
  }, [client, list, run]);

  const add = useCallback((expectations: readonly Expectation[]) => setList((current) => mergeExpectations(current, expectations)), []);
  const remove = useCallback((crashId: string) => setList((current) => current.filter((expectation) => expectation.crash_id !== crashId)), []);
  const clear = useCallback(() => setList([]), []);
  return { list, results: results && results.length === list.length ? results : null, storageProblem, add, remove, clear };
}
