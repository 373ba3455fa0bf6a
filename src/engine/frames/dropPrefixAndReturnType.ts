const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '{': '}', '[': ']', '<': '>', '`': "'" };
const CLOSERS = new Set(Object.values(CLOSER_OF));

/**
 * Keeps the last space-separated token of a symbol, where spaces inside any
 * bracket pair do not separate — dropping `static`, return types and the like
 * (`static void* Foo<A, B>::bar(int x)` → `Foo<A, B>::bar(int x)`).
 * A trailing `(args)` or `[clone ...]` written after a space is glued back on.
 */
export function dropPrefixAndReturnType(fn: string): string {
  if (!fn.includes(' ')) return fn;
  const tokens: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const ch of fn) {
    if (ch in CLOSER_OF) {
      open.push(ch);
      current += ch;
    } else if (CLOSERS.has(ch)) {
      const top = open[open.length - 1];
      if (top !== undefined && CLOSER_OF[top] === ch) open.pop();
      current += ch;
    } else if (open.length > 0) {
      current += ch;
    } else if (ch === ' ') {
      tokens.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1] as string;
    if (!last.startsWith('(') && !last.startsWith('[clone')) break;
    const merged = `${tokens[tokens.length - 2]} ${last}`;
    tokens.splice(tokens.length - 2, 2, merged);
  }
  return tokens[tokens.length - 1] ?? '';
}
