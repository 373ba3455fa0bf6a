/**
 * A siglist's text with one line added at the end (after a final newline, which
 * the result keeps), and that line's 1-based number. Appended lines come last in
 * the joined expression, so they decide only frames no earlier line matched.
 */
export function appendSiglistLine(text: string, line: string): { text: string; line: number } {
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const next = `${body}${line}\n`;
  return { text: next, line: next.split('\n').length - 1 };
}
