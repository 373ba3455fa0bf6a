import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { joinFrames } from './joinFrames.ts';

/** V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c' (after padding). */
const isOneByte = (text: string) => serialize(text)[2] === 0x22;
const fresh = (text: string) => text.split('').join('');

describe('joinFrames', () => {
  it('joins with " | " as join does', () => {
    expect(joinFrames([])).toBe('');
    expect(joinFrames(['a'])).toBe('a');
    expect(joinFrames(['a', '', 'b'])).toBe(['a', '', 'b'].join(' | '));
  });

  it('keeps ASCII frame texts one-byte after they served as memo keys (Array.join does not)', () => {
    const parts = Array.from({ length: 40 }, (_, index) => fresh(`mozilla::net::Thing${index}::Run`));
    const memo: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
    for (const part of parts) memo[part] = true;
    expect(isOneByte(joinFrames(parts))).toBe(true);
    // The V8 behaviour this works around; if V8 changes it, this line says the helper is no longer needed.
    expect(isOneByte(parts.join(' | '))).toBe(false);
  });
});
