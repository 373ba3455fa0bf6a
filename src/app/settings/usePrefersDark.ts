import { useSyncExternalStore } from 'react';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Follows the system light/dark setting. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const media = query();
      media.addEventListener('change', notify);
      return () => media.removeEventListener('change', notify);
    },
    () => query().matches,
  );
}
