import { useEffect, useState } from 'react';
import { pageStorage } from './pageStorage.ts';

/** A database of its own, so the check never creates (or blocks an upgrade of) the app's databases. */
const PROBE_DATABASE = 'siglab-storage-check';

/** Whether IndexedDB opens here: blocked site data makes `open` throw or fail. */
function indexedDbOpens(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(PROBE_DATABASE);
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
}

/** Says when the browser keeps nothing for this page, so nobody expects their edits or crashes back. */
export function StorageNotice() {
  const [crashesKept, setCrashesKept] = useState(true);
  useEffect(() => {
    let current = true;
    void indexedDbOpens().then((opens) => current && setCrashesKept(opens));
    return () => {
      current = false;
    };
  }, []);
  let message: string | null = null;
  if (pageStorage.blocked) message = 'Browser storage is blocked for this page: edits, crashes and settings work but are not kept after it closes.';
  else if (!crashesKept) message = 'Browser storage for crashes is blocked for this page: loaded and fetched crashes work but are not kept after it closes.';
  if (!message) return null;
  return (
    <p className="banner warning" role="status" aria-label="Storage">
      {message}
    </p>
  );
}
