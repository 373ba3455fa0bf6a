import { escapePythonRegex } from '../../engine/index.ts';
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
  const file = ACTION_FILES[action];
  const entry = action === 'sentinel' ? frame : escapePythonRegex(frame);
  const lines = texts[file].split('\n');
  const existing = lines.findIndex((line) => line === entry);
  if (existing !== -1) return { texts, file, line: existing + 1 };
  const body = texts[file] === '' || texts[file].endsWith('\n') ? texts[file] : `${texts[file]}\n`;
  const next = `${body}${entry}\n`;
  return { texts: { ...texts, [file]: next }, file, line: next.split('\n').length - 1 };
}
