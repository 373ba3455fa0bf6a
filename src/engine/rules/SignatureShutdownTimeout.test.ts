import { describe, expect, it } from 'vitest';
import { SignatureShutdownTimeout } from './SignatureShutdownTimeout.ts';
import { applyRule } from './ruleTestKit.ts';

const run = (value: unknown) => applyRule(SignatureShutdownTimeout, { async_shutdown_timeout: value }, 'old | sig');

describe('SignatureShutdownTimeout', () => {
  it.each([
    ['blockers sorted by name', '{"phase": "profile-before-change", "conditions": [{"name": "b"}, {"name": "A"}]}', 'AsyncShutdownTimeout | profile-before-change | A,b'],
    ['blockers as strings', '{"phase": "p", "conditions": ["y", "x"]}', 'AsyncShutdownTimeout | p | x,y'],
    ['no blockers', '{"phase": "p", "conditions": []}', 'AsyncShutdownTimeout | p | (none)'],
    ['phase not a string', '{"phase": 3}', 'AsyncShutdownTimeout | (unknown) | (none)'],
  ])('%s', (_label, value, signature) => {
    const state = run(value);
    expect(state?.signature).toBe(signature);
    expect(state?.notes).toEqual(['SignatureShutdownTimeout: Signature replaced with a Shutdown Timeout signature, was: "old | sig"']);
  });

  it.each([
    ['invalid JSON', '{not json', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)', 'AsyncShutdownTimeout | UNKNOWN'],
    ['truncated JSON', '{"phase": ', 'Expecting value: line 1 column 11 (char 10)', 'AsyncShutdownTimeout | UNKNOWN'],
    ['blocker without a name', '{"phase": "p", "conditions": [{"nom": 1}]}', "'name'", 'AsyncShutdownTimeout | p | UNKNOWN'],
  ])('notes why it could not parse: %s', (_label, value, reason, signature) => {
    const state = run(value);
    expect(state?.signature).toBe(signature);
    expect(state?.notes[0]).toBe(`SignatureShutdownTimeout: Error parsing AsyncShutdownTimeout: ${reason}`);
  });

  it('fails the rule for JSON that is not an object, as upstream', () => {
    expect(() => run('[1, 2]')).toThrow("'list' object has no attribute 'get'");
  });
});
