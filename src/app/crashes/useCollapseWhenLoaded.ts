import { useEffect, useRef } from 'react';
import { isBoolean, useSessionState } from '../layout/useSessionState.ts';

interface LoadState {
  readonly count: number;
  /** The worker has brought back the last visit's crash set. */
  readonly restored: boolean;
  /** A fetch or a file load is under way. */
  readonly busy: boolean;
  /** Something the user must see in the panel: ids not loaded, file problems. */
  readonly problems: boolean;
}

/**
 * The crash-loading panel is open while there is nothing to show and folds
 * to its one-line summary once crashes are in, so the results get the room:
 * when the last visit's crashes come back, and when a fetch or a file load
 * ends without problems. The user can open it again at any time; its state
 * outlives a change of layout (and a reload).
 */
export function useCollapseWhenLoaded({ count, restored, busy, problems }: LoadState) {
  const [open, setOpen] = useSessionState('siglab.view.crashSourcesOpen', true, isBoolean);
  // Only changes seen by this mount count: a remount (the layout changed) must not fold it again.
  const seen = useRef({ restored, busy, count });
  useEffect(() => {
    const before = seen.current;
    seen.current = { restored, busy, count };
    const arrived = (!before.restored && restored) || (before.busy && !busy);
    if (arrived && count > 0 && !busy && !problems) setOpen(false);
    // Cleared: the panel is all there is to use.
    if (before.count > 0 && count === 0) setOpen(true);
  }, [restored, busy, count, problems, setOpen]);
  return [open, setOpen] as const;
}
