import { useEffect, useState } from 'react';
import { DEFAULT_API_URL } from '../../crash-stats/types.ts';
import { clearCrashCache, measureCrashCache, type CacheSize } from '../crashes/crashCache.ts';
import type { ApiSettings } from './useApiSettings.ts';

const formatBytes = (bytes: number) => (bytes < 1e6 ? `${Math.round(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

/** Where crashes come from, the optional API token, and the local cache. */
export function SettingsPanel({ settings, onCacheCleared }: { settings: ApiSettings; onCacheCleared(): void }) {
  const [size, setSize] = useState<CacheSize | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    measureCrashCache().then(
      (measured) => live && setSize(measured),
      () => live && setSize(null),
    );
    return () => {
      live = false;
    };
  }, [revision]);

  return (
    // Measured again on every opening: crashes fetched since then are in the cache.
    <details className="settings" onToggle={(event) => event.currentTarget.open && setRevision((r) => r + 1)}>
      <summary>Settings</summary>
      <div className="field">
        <label htmlFor="api-url">Crash Stats API URL</label>
        <input id="api-url" type="url" value={settings.apiUrl} onChange={(event) => settings.setApiUrl(event.target.value.trim() || DEFAULT_API_URL)} />
      </div>
      <div className="field">
        <label htmlFor="api-token">API token (optional)</label>
        <input id="api-token" type="password" autoComplete="off" value={settings.token} onChange={(event) => settings.setToken(event.target.value.trim())} />
        <p className="hint">
          Raises the rate limit from 100 to 1,000 requests a minute. Kept in this tab only (sessionStorage), never in links or files.
          Browsers may not send it to Crash Stats directly, so with a token requests go through Siglab's local server proxy
          (available with <code>npm run dev</code> and <code>npm run preview</code>).
        </p>
      </div>
      <div className="row">
        <span className="hint" role="status" aria-label="Cache size">
          Cache: {size ? `${size.crashes} crash${size.crashes === 1 ? '' : 'es'}${size.bytes !== null ? ` · ${formatBytes(size.bytes)} stored` : ''}` : 'unavailable'}
        </span>
        <button type="button" onClick={() => setRevision((r) => r + 1)}>
          Refresh
        </button>
        <button
          type="button"
          onClick={() =>
            void clearCrashCache().then(() => {
              onCacheCleared();
              setRevision((r) => r + 1);
            })
          }
        >
          Clear cache
        </button>
      </div>
    </details>
  );
}
