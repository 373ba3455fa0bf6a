/** The characters Python 3.7+'s `re.escape` escapes. */
const PYTHON_SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

/**
 * Text as a Python `re` pattern that matches it literally, escaped the way
 * `re.escape` does, so a line Siglab inserts reads like one a person would
 * have written with Python at hand.
 */
export function escapePythonRegex(text: string): string {
  let out = '';
  for (const char of text) out += PYTHON_SPECIAL.has(char) ? `\\${char}` : char;
  return out;
}
