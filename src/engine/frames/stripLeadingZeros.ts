import { pyStrip } from '../python/pyText.ts';

const HEX_LITERAL = /^([+-]?)(?:0[xX]_?)?([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)$/;

/**
 * `0x0000000000032ec0` → `0x32ec0`: Python's `hex(int(text, 16))`, so signs,
 * whitespace and underscores behave as upstream. Text that is not hex (and
 * non-strings) come back unchanged.
 */
export function stripLeadingZeros(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const m = HEX_LITERAL.exec(pyStrip(text));
  if (!m) return text;
  const value = BigInt(`0x${(m[2] as string).replace(/_/g, '')}`);
  const sign = m[1] === '-' && value !== 0n ? '-' : '';
  return `${sign}0x${value.toString(16)}`;
}
