import { useCallback, useEffect, useState } from 'react';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import type { CrashSetInfo, LoadedCrash, LoadProgress } from '../../worker/engineApi.ts';

export interface CrashSetState {
  readonly info: CrashSetInfo;
  /** Changes whenever the worker's crash set changes, so a new run starts. */
  readonly version: number;
  /** A file load in progress. */
  readonly loading: LoadProgress | null;
  /** Problems of the last file load, per item. */
  readonly fileErrors: readonly string[];
  readonly fileErrorCount: number;
  readonly restored: boolean;
  loadFiles(files: readonly File[]): Promise<void>;
  addCrashes(crashes: readonly LoadedCrash[]): Promise<void>;
  clear(): Promise<void>;
  /** The worker restarted (watchdog) and took the set back from IndexedDB. */
  onRestarted(info: CrashSetInfo): void;
}

const EMPTY: CrashSetInfo = { count: 0, bytes: 0, persistProblem: null, saving: false };

/**
 * The crash set lives in the worker; this hook only mirrors its size and the
 * progress of a load, and asks the worker to add, load or clear crashes.
 */
export function useCrashSet(client: EngineClient | null): CrashSetState {
  const [info, setInfo] = useState<CrashSetInfo>(EMPTY);
  const [version, setVersion] = useState(0);
  const [loading, setLoading] = useState<LoadProgress | null>(null);
  const [fileErrors, setFileErrors] = useState<{ list: readonly string[]; count: number }>({ list: [], count: 0 });
  const [restored, setRestored] = useState(false);

  const refresh = useCallback(async () => {
    if (!client) return;
    const next = await client.crashSetInfo();
    setInfo(next);
    setVersion((v) => v + 1);
    // A big file is stored after its first run: say when it is kept for the next visit.
    if (next.saving) client.stored().then(setInfo, () => undefined);
  }, [client]);

  useEffect(() => {
    if (!client) return;
    let live = true;
    client.restoreCrashes().then(
      (next) => {
        if (!live) return;
        setInfo(next);
        setVersion((v) => v + 1);
        setRestored(true);
      },
      () => live && setRestored(true),
    );
    return () => {
      live = false;
    };
  }, [client]);

  const loadFiles = useCallback(
    async (files: readonly File[]) => {
      if (!client || files.length === 0) return;
      const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
      setLoading({ file: files[0]?.name ?? '', bytesRead: 0, bytesTotal, crashes: 0, errors: 0, elapsedMs: 0 });
      try {
        const report = await client.loadFiles(files, setLoading);
        setFileErrors({ list: report.errors, count: report.errorCount });
      } catch (error) {
        setFileErrors({ list: [`The files could not be read: ${(error as Error).message}`], count: 1 });
      } finally {
        setLoading(null);
        await refresh();
      }
    },
    [client, refresh],
  );

  const addCrashes = useCallback(
    async (crashes: readonly LoadedCrash[]) => {
      if (!client || crashes.length === 0) return;
      await client.addCrashes(crashes);
      await refresh();
    },
    [client, refresh],
  );

  const clear = useCallback(async () => {
    if (!client) return;
    await client.clearCrashes();
    setFileErrors({ list: [], count: 0 });
    await refresh();
  }, [client, refresh]);

  // The same crashes came back: no new run (after a watchdog stop, the next edit runs again).
  const onRestarted = useCallback((next: CrashSetInfo) => setInfo(next), []);

  return { info, version, loading, fileErrors: fileErrors.list, fileErrorCount: fileErrors.count, restored, loadFiles, addCrashes, clear, onRestarted };
}
