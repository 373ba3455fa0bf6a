import { useCallback, useState, type SetStateAction } from 'react';
import { pageStorage } from '../shell/pageStorage.ts';

const read = <T,>(key: string, initial: T, valid: (value: unknown) => value is T): T => {
  try {
    const saved = JSON.parse(pageStorage.session.getItem(key) ?? 'null') as unknown;
    return saved !== null && valid(saved) ? saved : initial;
  } catch {
    return initial;
  }
};

/**
 * State of a pane's view (the siglist tab shown, a panel's open state) kept
 * in this tab's sessionStorage: the wide and the stacked layouts are
 * different trees, so crossing the breakpoint remounts the panes, and a
 * reload should find the view as it was left.
 */
export function useSessionState<T>(key: string, initial: T, valid: (value: unknown) => value is T) {
  const [value, setValue] = useState<T>(() => read(key, initial, valid));
  const set = useCallback(
    (next: SetStateAction<T>) =>
      setValue((current) => {
        const value = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        try {
          pageStorage.session.setItem(key, JSON.stringify(value));
        } catch {
          // Blocked storage: the view is kept for as long as the pane is mounted.
        }
        return value;
      }),
    [key],
  );
  return [value, set] as const;
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
