import { useCallback, useState } from 'react';
import { describeEditedLines, type EditedLines } from '../editors/countEditedLines.ts';
import { editsAtStake } from './editsAtStake.ts';
import type { ListsValue, WorkingLists } from '../editors/useWorkingLists.ts';
import { rebaseEdits } from '../pr/rebaseEdits.ts';
import { DETACHED_SUFFIX } from '../share/openLink.ts';

/** Lists that would replace the working ones, and what to call them. */
export interface IncomingLists {
  readonly value: ListsValue;
  /** The dialog's title: "Load PR #7301?", "This link has other siglist edits than your draft". */
  readonly title: string;
  /** What happened, for the notice with Undo: "Loaded PR #7301 Fix …". */
  readonly done: string;
  /** A link that opens the incoming lists in a new tab (null: they cannot travel in a link, with the reason). */
  readonly newTab: { readonly link: string } | { readonly unavailable: string };
  /** Button labels where the usual ones would not fit (a link keeps its own). */
  readonly labels?: { readonly replace?: string; readonly newTab?: string; readonly cancel?: string };
  /** Runs once the lists are in (a link's crashes, filters and selection follow its lists). */
  readonly onApplied?: () => void;
}

export interface PendingReplace extends IncomingLists {
  readonly mine: EditedLines;
}

/**
 * Nothing replaces the user's edits without asking: lists from a PR, main, a
 * link or an experiment file go in at once only when there are no edits to
 * lose (or the incoming lists hold the same ones); otherwise the user keeps
 * their edits re-applied on the new lists, replaces them, or opens the new
 * lists in a new tab. A replacement can be undone.
 */
export function useAskBeforeReplacing(lists: WorkingLists) {
  const [pending, setPending] = useState<PendingReplace | null>(null);

  const apply = useCallback(
    (incoming: IncomingLists, value: ListsValue, message: string) => {
      lists.replace(value, message);
      setPending(null);
      incoming.onApplied?.();
    },
    [lists],
  );

  const offer = useCallback(
    (incoming: IncomingLists) => {
      const current = lists.value;
      if (!current) return;
      const mine = editsAtStake(current, incoming.value.edited);
      if (!mine) return apply(incoming, incoming.value, `${incoming.done}.`);
      setPending({ ...incoming, mine });
    },
    [lists.value, apply],
  );

  const keepMine = useCallback(() => {
    const current = lists.value;
    if (!pending || !current) return;
    const rebased = rebaseEdits(current.stock, current.edited, pending.value.edited);
    const left = rebased.dropped.length ? ` Your edits to ${rebased.dropped.join(', ')} did not apply to them and were left out.` : '';
    apply(pending, { ...pending.value, edited: rebased.texts }, `${pending.done}, with your edits re-applied.${left}`);
  }, [lists.value, pending, apply]);

  const replaceMine = useCallback(() => {
    if (pending) apply(pending, pending.value, `${pending.done}: your edits (${describeEditedLines(pending.mine)}) were replaced.`);
  }, [pending, apply]);

  const openNewTab = useCallback(() => {
    if (!pending || !('link' in pending.newTab)) return;
    window.open(`${location.pathname}${location.search}${pending.newTab.link}${DETACHED_SUFFIX}`, '_blank', 'noopener');
    setPending(null);
  }, [pending]);

  const cancel = useCallback(() => setPending(null), []);
  return { pending, offer, keepMine, replaceMine, openNewTab, cancel };
}
