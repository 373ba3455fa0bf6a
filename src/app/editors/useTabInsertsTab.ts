import { useEffect, useState } from 'react';
import { pageStorage } from '../shell/pageStorage.ts';

const KEY = 'siglab.editor.tabInsertsTab';

const read = () => {
  try {
    return pageStorage.local.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

/**
 * Whether Tab inserts a tab in the siglist editor. Off unless the user chose
 * it: tabbing through the page must never edit a siglist. The choice is
 * remembered, like an editor setting.
 */
export function useTabInsertsTab() {
  const [on, setOn] = useState(read);
  useEffect(() => {
    try {
      if (on) pageStorage.local.setItem(KEY, '1');
      else pageStorage.local.removeItem(KEY);
    } catch {
      // Blocked storage: the choice lasts for this page only.
    }
  }, [on]);
  return [on, setOn] as const;
}
