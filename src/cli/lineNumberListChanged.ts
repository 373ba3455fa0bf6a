import { loadSiglistDir, STOCK_SIGLIST_DIR } from './loadSiglistDir.ts';

const LINE_NUMBERS = 'signatures_with_line_numbers_re.txt';

/**
 * Whether a siglist folder's line-number list differs from the stock one, with
 * which Crash Stats normalised the frames in proto_signature (fast mode then
 * cannot reuse them).
 */
export async function lineNumberListChanged(dir: string | undefined): Promise<boolean> {
  if (dir === undefined) return false;
  const [used, stock] = await Promise.all([loadSiglistDir(dir), loadSiglistDir(STOCK_SIGLIST_DIR)]);
  return used[LINE_NUMBERS] !== stock[LINE_NUMBERS];
}
