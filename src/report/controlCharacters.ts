/**
 * Characters that change what a terminal or a page shows rather than being
 * shown: C0 controls but tab and newline (ESC starts escape sequences, BEL
 * rings, CR overwrites the line), DEL, C1 controls (U+009B is a one-byte CSI
 * to some terminals), and the bidirectional formatting characters that
 * reorder text around them (U+202E, "right-to-left override", makes
 * `exe.txt` read `txt.exe`). Text from crash reports and APIs may hold any of them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/** `\u001b` for ESC: how a control character is written out visibly (also a valid JSON escape). */
export function controlEscape(character: string): string {
  return `\\u${(character.codePointAt(0) as number).toString(16).padStart(4, '0')}`;
}

/** The text with every control character written as its `\uXXXX` escape: safe to print to a terminal. */
export function escapeControlCharacters(text: string): string {
  return CONTROL_CHARACTER.test(text) ? text.replace(CONTROL_CHARACTERS, controlEscape) : text;
}

/** The text cut into plain runs and single control characters, for a page to show the controls as marks. */
export function splitControlCharacters(text: string): { readonly text: string; readonly control: boolean }[] {
  if (!CONTROL_CHARACTER.test(text)) return [{ text, control: false }];
  const parts: { text: string; control: boolean }[] = [];
  let last = 0;
  for (const found of text.matchAll(CONTROL_CHARACTERS)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), control: false });
    parts.push({ text: found[0], control: true });
    last = found.index + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last), control: false });
  return parts;
}
