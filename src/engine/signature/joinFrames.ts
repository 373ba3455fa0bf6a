/**
 * Frame texts joined with " | ", built by concatenation rather than
 * Array.prototype.join. A frame text that has served as a memo key is a
 * ThinString in V8, and V8's join gives a two-byte string as soon as one part
 * is thin, even when every character is ASCII: twice the bytes to copy to the
 * page or a worker, and a slow encode on every write (the CLI spent ~0.5 s of
 * 2 s encoding such answers). Concatenation keeps one-byte text one-byte.
 */
export function joinFrames(parts: readonly string[]): string {
  let joined = '';
  for (let index = 0; index < parts.length; index++) joined = index === 0 ? (parts[0] as string) : `${joined} | ${parts[index] as string}`;
  return joined;
}
