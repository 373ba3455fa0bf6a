/** Upstream's frame limit: proto_signature never holds more frames. */
const MAXIMUM_FRAMES = 40;
const SEPARATOR = ' | ';
const PAIRS = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
] as const;

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * proto_signature split back into frames, or null when the split may be
 * wrong: a frame can itself contain " | " (socorro b37a52368 warns about it).
 * Detected: more pieces than the 40-frame limit, a piece holding a stray "|",
 * a piece with unbalanced brackets (normalised frames keep brackets paired;
 * templates are collapsed, so `<>` is not checked — `operator<<` is common).
 * A " | " with balanced text on both sides in a short stack cannot be seen.
 */
export function splitProtoSignature(protoSignature: string): string[] | null {
  const pieces = protoSignature.split(SEPARATOR);
  if (pieces.length > MAXIMUM_FRAMES) return null;
  for (const piece of pieces) {
    if (piece.includes('|')) return null;
    for (const [open, close] of PAIRS) if (count(piece, open) !== count(piece, close)) return null;
  }
  return pieces;
}
