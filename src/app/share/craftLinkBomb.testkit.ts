// Test kit: builds a valid lz-string link payload whose output grows
// quadratically — every code names the entry being defined (previous +
// previous[0]), so entry k is k+1 characters long.
const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export function craftLinkBomb(codeCount: number): string {
  const bits: number[] = [];
  const write = (value: number, width: number) => {
    for (let power = 0; power < width; power++) bits.push((value >> power) & 1);
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let dictionarySize = 4;
  let width = 3;
  let untilWider = 4;
  const grow = () => {
    if (--untilWider === 0) untilWider = 2 ** width++;
  };
  for (let i = 0; i < codeCount; i++) {
    write(dictionarySize, width);
    dictionarySize++;
    grow();
  }
  write(2, width);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value = (value << 1) | (bits[i + j] ?? 0);
    out += URI_SAFE_ALPHABET[value];
  }
  return out;
}
