/** Drops every character outside printable ASCII (space through `~`). */
export function keepPrintableAscii(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : text.replace(/[^\x20-\x7e]/g, '');
}
