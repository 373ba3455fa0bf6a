export interface SignatureToken {
  readonly text: string;
  /** Not present at the same place in the other signature. */
  readonly changed: boolean;
}

export const SIGNATURE_SEPARATOR = ' | ';

/**
 * Splits a signature into its ` | ` parts and marks the parts that the other
 * signature lacks (by longest common subsequence), for highlighting.
 */
export function diffSignatureTokens(signature: string, other: string): SignatureToken[] {
  const mine = signature.split(SIGNATURE_SEPARATOR);
  const theirs = other.split(SIGNATURE_SEPARATOR);
  // LCS table, small: signatures have a handful of parts.
  const table = Array.from({ length: mine.length + 1 }, () => new Array<number>(theirs.length + 1).fill(0));
  for (let i = mine.length - 1; i >= 0; i--) {
    for (let j = theirs.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = mine[i] === theirs[j] ? (table[i + 1] as number[])[j + 1]! + 1 : Math.max((table[i + 1] as number[])[j]!, row[j + 1]!);
    }
  }
  const tokens: SignatureToken[] = [];
  let i = 0;
  let j = 0;
  while (i < mine.length) {
    if (j < theirs.length && mine[i] === theirs[j]) {
      tokens.push({ text: mine[i] as string, changed: false });
      i++;
      j++;
    } else if (j < theirs.length && (table[i + 1] as number[])[j]! < (table[i] as number[])[j + 1]!) {
      j++;
    } else {
      tokens.push({ text: mine[i] as string, changed: true });
      i++;
    }
  }
  return tokens;
}
