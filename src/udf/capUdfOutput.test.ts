import { describe, expect, it } from 'vitest';
import { capUdfOutput, MAX_UDF_OUTPUT_CHARS } from './capUdfOutput.ts';

describe('capUdfOutput', () => {
  it('leaves output under the cap exactly as JSON.stringify writes it', () => {
    const output = { signature: 'nsFoo::Bar', proto_signature: 'a | '.repeat(60_000), notes: ['x'] };
    expect(capUdfOutput(output)).toBe(JSON.stringify(output));
  });

  it('fits strings that escaping inflates sixfold, and never splits a surrogate pair', () => {
    const output = { signature: 's', proto_signature: '\u0001'.repeat(400_000), notes: [`${'😀'.repeat(400_000)}`, 'short note'] };
    const text = capUdfOutput(output);
    expect(text.length).toBeLessThanOrEqual(MAX_UDF_OUTPUT_CHARS);
    const parsed = JSON.parse(text) as { proto_signature: string; notes: string[]; truncated: boolean };
    expect(parsed.truncated).toBe(true);
    expect(parsed.notes[1]).toBe('short note');
    expect(parsed.notes[0]).toMatch(/^(?:😀)+…$/u);
    expect(parsed.proto_signature).toBe(`${'\u0001'.repeat(parsed.proto_signature.length - 1)}…`);
  });
});
