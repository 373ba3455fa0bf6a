import { appendSiglistLine, escapePythonRegex } from '../../engine/index.ts';
import type { SiglistFile, SiglistTexts } from '../../engine/types.ts';
import type { FrameAction } from '../detail/TraceView.tsx';

export const ACTION_FILES: Readonly<Record<FrameAction, SiglistFile>> = {
  irrelevant: 'irrelevant_signature_re.txt',
  prefix: 'prefix_signature_re.txt',
  sentinel: 'signature_sentinels.txt',
};

/**
 * Adds a line for a normalised frame to the list the action names, at the end.
 * Irrelevant and prefix lists hold Python regexes, so the frame is escaped;
 * sentinels are compared as plain text, so it goes in as it is. A line that
 * is already there is not added twice.
 */
export function insertSiglistLine(texts: SiglistTexts, action: FrameAction, frame: string): { texts: SiglistTexts; file: SiglistFile; line: number } {
  return insertSiglistEntry(texts, ACTION_FILES[action], action === 'sentinel' ? frame : escapePythonRegex(frame));
}

/** Adds a line as written (e.g. a suggested one) at the end of a list, unless the list has it already. */
export function insertSiglistEntry(texts: SiglistTexts, file: SiglistFile, entry: string): { texts: SiglistTexts; file: SiglistFile; line: number } {
  const existing = texts[file].split('\n').findIndex((line) => line === entry);
  if (existing !== -1) return { texts, file, line: existing + 1 };
  const appended = appendSiglistLine(texts[file], entry);
  return { texts: { ...texts, [file]: appended.text }, file, line: appended.line };
}
