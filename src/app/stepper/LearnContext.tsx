import { createContext, useContext } from 'react';
import type { SiglistError, SiglistMatch, SiglistTexts } from '../../engine/types.ts';

/** What the teaching views need from the workbench: the lists in use and a way to show a line in the editor. */
export interface LearnContextValue {
  readonly stock: SiglistTexts;
  readonly edited: SiglistTexts;
  /** The edited lists' invalid lines (left out of the run). */
  readonly errors: readonly SiglistError[];
  /** Highlights a siglist line in the editor (the editor shows the edited lists); null clears the highlight. */
  showLine(match: SiglistMatch | null): void;
}

export const LearnContext = createContext<LearnContextValue | null>(null);

export function useLearnContext(): LearnContextValue {
  const value = useContext(LearnContext);
  if (!value) throw new Error('LearnContext is missing: App provides it around the crash detail.');
  return value;
}

/**
 * Whether a line of these lists is the same line in the editor (which shows
 * the edited lists): always for the edited lists, and for stock lines of a file
 * that was not edited.
 */
export function lineInEditor(context: LearnContextValue, lists: 'stock' | 'edited', match: SiglistMatch): boolean {
  return lists === 'edited' || context.stock[match.file] === context.edited[match.file];
}
