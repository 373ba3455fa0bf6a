import { escapeControlCharacters } from '../report/controlCharacters.ts';

/** A writer that shows control characters as `\uXXXX` (see controlCharacters.ts): what an API sent cannot drive the terminal. */
export function terminalSafe(writer: { write(text: string): unknown }): { write(text: string): unknown } {
  return { write: (text: string) => writer.write(escapeControlCharacters(text)) };
}
