import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './loadStockSiglists.ts';

/** The runaway line the tests add: it backtracks for hours on `a` × 34 then `b`. */
export const RUNAWAY_LINE = '(a+)+$';
/** A function name that makes RUNAWAY_LINE backtrack. */
export const RUNAWAY_NAME = `${'a'.repeat(34)}b`;

/** A copy of the stock lists with 100 benign lines and RUNAWAY_LINE added to the irrelevant list, and that line's number. */
export function listsWithRunaway(): { dir: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), 'siglab-lists-'));
  cpSync(join(REPO_ROOT, 'public', 'siglists'), dir, { recursive: true });
  const file = join(dir, 'irrelevant_signature_re.txt');
  const stock = readFileSync(file, 'utf8');
  const added = `${Array.from({ length: 100 }, (_, i) => `Benign${i}::Frame`).join('\n')}\n${RUNAWAY_LINE}\n`;
  writeFileSync(file, `${stock}${stock.endsWith('\n') ? '' : '\n'}${added}`);
  return { dir, line: readFileSync(file, 'utf8').split('\n').indexOf(RUNAWAY_LINE) + 1 };
}
