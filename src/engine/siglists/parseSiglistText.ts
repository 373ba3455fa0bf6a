import { pyStrip } from '../python/pyText.ts';

export interface SiglistEntry {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly pattern: string;
}

/** The usable lines of a siglist file: stripped, without blanks and `#` comments. */
export function parseSiglistText(text: string): SiglistEntry[] {
  const entries: SiglistEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const pattern = pyStrip(raw);
    if (pattern && !pattern.startsWith('#')) entries.push({ line: index + 1, pattern });
  });
  return entries;
}
