/** Upstream's frame limit: proto_signature never holds more frames. */
const MAXIMUM_FRAMES = 40;
const SEPARATOR = ' | ';

/** Whether a piece could be one whole normalised frame: no "|", and ( ) [ ] { } each as many opened as closed. */
function isWholeFrame(piece: string): boolean {
  let round = 0;
  let square = 0;
  let curly = 0;
  for (let i = 0; i < piece.length; i++) {
    switch (piece.charCodeAt(i)) {
      case 0x7c: // |
        return false;
      case 0x28:
        round++;
        break;
      case 0x29:
        round--;
        break;
      case 0x5b:
        square++;
        break;
      case 0x5d:
        square--;
        break;
      case 0x7b:
        curly++;
        break;
      case 0x7d:
        curly--;
        break;
    }
  }
  return round === 0 && square === 0 && curly === 0;
}

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
  return pieces.every(isWholeFrame) ? pieces : null;
}
