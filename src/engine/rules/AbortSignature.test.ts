import { describe, expect, it } from 'vitest';
import { AbortSignature } from './AbortSignature.ts';
import { applyRule } from './ruleTestKit.ts';

describe('AbortSignature', () => {
  it.each([
    ['no message', {}, null],
    ['empty message', { abort_message: '' }, null],
    ['plain message', { abort_message: 'unexpected state' }, 'Abort | unexpected state | sig'],
    ['file and line cut', { abort_message: 'bad thing: file dom/x.cpp:12' }, 'Abort | bad thing | sig'],
    ['preamble before the marker cut', { abort_message: '[Parent 123] ###!!! ABORT: bad thing: file x.cpp:1' }, 'Abort | bad thing | sig'],
    ['only a file after the marker', { abort_message: '###!!! ABORT: file x.cpp:1' }, 'Abort | sig'],
    ['localised font message (bug 1385966)', { abort_message: 'unable to find a usable font (Arial, Sans)' }, 'Abort | unable to find a usable font | sig'],
    ['non-ASCII dropped', { abort_message: 'caf\u00e9 \u2603 closed' }, 'Abort | caf  closed | sig'],
    ['long message shortened', { abort_message: 'x'.repeat(100) }, `Abort | ${'x'.repeat(77)}... | sig`],
  ])('%s', (_label, crash, expected) => {
    expect(applyRule(AbortSignature, crash, 'sig')?.signature ?? null).toBe(expected);
  });
});
