/**
 * BigQuery wants a UDF's output for one row to stay around 5 MB or less;
 * a hostile row (an 8 MB frame name) would otherwise come back as 8 MB of
 * proto signature. 1 Mi characters of JSON is at most 3 MiB of UTF-8, and far
 * more than a real crash gives (40 frames; `signature` is cut at 255 by
 * SigTruncate), so normal output is never touched.
 */
export const MAX_UDF_OUTPUT_CHARS = 1 << 20;

export interface UdfOutput {
  readonly signature: string;
  readonly proto_signature: string;
  readonly notes: readonly string[];
}

/** `text` cut to at most `limit` UTF-16 units, ending in "…", never between the halves of a surrogate pair. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The output's JSON, within MAX_UDF_OUTPUT_CHARS: when over, the strings that
 * grow with the input (the proto signature, then any long note) are cut to
 * share what is left, each ending in "…", and `"truncated": true` is added.
 */
export function capUdfOutput(output: UdfOutput): string {
  const whole = JSON.stringify(output);
  if (whole.length <= MAX_UDF_OUTPUT_CHARS) return whole;
  // Each string's share; halved while escaping (up to 6 characters for one) still overflows.
  let share = Math.floor(MAX_UDF_OUTPUT_CHARS / (2 + output.notes.length));
  for (;;) {
    const text = JSON.stringify({
      signature: output.signature,
      proto_signature: cut(output.proto_signature, share),
      notes: output.notes.map((note) => cut(note, share)),
      truncated: true,
    });
    if (text.length <= MAX_UDF_OUTPUT_CHARS) return text;
    share = Math.floor(share / 2);
  }
}
