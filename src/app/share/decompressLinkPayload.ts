// lz-string's decoder builds its whole output before returning, and its
// output can grow quadratically with its input (each dictionary entry may be
// one character longer than the last): a 75 KB link expands to about a
// gigabyte. This decoder reads the same format (compressToEncodedURIComponent)
// but stops as soon as the output would pass a cap, so a link can cost no more
// memory than the cap.

const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const SIX_BIT_VALUES = new Map([...URI_SAFE_ALPHABET].map((char, value) => [char, value]));
const BITS_PER_CHAR = 6;
const END_OF_STREAM = 2;

export type PayloadDecode = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: 'damaged' | 'too large' };

/** Reads the stream's little-endian codes from characters carrying six bits each, highest bit first. */
class BitReader {
  private index = 0;
  private bit = BITS_PER_CHAR;

  constructor(private readonly values: readonly number[]) {}

  /** True once every character has been started (lz-string's own end test). */
  get exhausted(): boolean {
    return this.index >= this.values.length;
  }

  read(width: number): number {
    let value = 0;
    for (let power = 0; power < width; power++) {
      this.bit--;
      // Past the last character the stream reads as zeros, as in lz-string.
      const bit = ((this.values[this.index] ?? 0) >> this.bit) & 1;
      if (this.bit === 0) {
        this.bit = BITS_PER_CHAR;
        this.index++;
      }
      value |= bit << power;
    }
    return value;
  }
}

/** Decodes a `compressToEncodedURIComponent` payload, refusing it once the text would exceed `maxChars`. */
export function decompressLinkPayload(encoded: string, maxChars: number): PayloadDecode {
  const values: number[] = [];
  for (const char of encoded.replaceAll(' ', '+')) {
    const value = SIX_BIT_VALUES.get(char);
    if (value === undefined) return { ok: false, problem: 'damaged' };
    values.push(value);
  }
  if (values.length === 0) return { ok: false, problem: 'damaged' };
  const bits = new BitReader(values);
  const readLiteral = (code: number) => String.fromCharCode(bits.read(code === 0 ? 8 : 16));

  const first = bits.read(2);
  if (first === END_OF_STREAM) return { ok: true, text: '' };
  if (first > END_OF_STREAM) return { ok: false, problem: 'damaged' };
  // Codes 0-2 are reserved (8-bit literal, 16-bit literal, end), so entries start at 3.
  let previous = readLiteral(first);
  const dictionary: string[] = ['', '', '', previous];
  const pieces = [previous];
  let length = previous.length;
  let width = 3;
  let untilWider = 4;
  const grow = () => {
    if (--untilWider === 0) untilWider = 2 ** width++;
  };

  for (;;) {
    // lz-string's stream ends with an explicit code; running out first means it was cut.
    if (bits.exhausted) return { ok: false, problem: 'damaged' };
    let code = bits.read(width);
    if (code === END_OF_STREAM) return { ok: true, text: pieces.join('') };
    if (code < END_OF_STREAM) {
      dictionary.push(readLiteral(code));
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    const known = code > END_OF_STREAM ? dictionary[code] : undefined;
    if (known !== undefined) entry = known;
    else if (code === dictionary.length) entry = previous + previous.charAt(0);
    else return { ok: false, problem: 'damaged' };
    length += entry.length;
    if (length > maxChars) return { ok: false, problem: 'too large' };
    pieces.push(entry);
    dictionary.push(previous + entry.charAt(0));
    grow();
    previous = entry;
  }
}
