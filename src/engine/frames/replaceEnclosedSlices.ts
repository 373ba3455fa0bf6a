/**
 * Replaces each top-level `open ... close` span of `text` (delimiters
 * included) with what `replace(before, inside, after)` returns. Nesting is
 * tracked, a stray close is plain text, and an unclosed span runs to the end.
 */
export function replaceEnclosedSlices(
  text: string,
  open: string,
  close: string,
  replace: (before: string, inside: string, after: string) => string,
): string {
  if (!text.includes(open)) return text;
  let out = '';
  let previousEnd = 0;
  let depth = 0;
  let start = 0;
  const emit = (end: number) => {
    out += text.slice(previousEnd, start) + replace(text.slice(previousEnd, start), text.slice(start, end), text.slice(end));
    previousEnd = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === open) {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === close && depth > 0) {
      depth--;
      if (depth === 0) emit(i + 1);
    }
  }
  if (depth > 0) emit(text.length);
  return out + text.slice(previousEnd);
}
