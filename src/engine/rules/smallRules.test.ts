import { describe, expect, it } from 'vitest';
import { BadHardware } from './BadHardware.ts';
import { HungProcess } from './HungProcess.ts';
import { StackOverflowSignature } from './StackOverflowSignature.ts';
import { StackwalkerErrorSignatureRule } from './StackwalkerErrorSignatureRule.ts';
import { SigFixWhitespace } from './SigFixWhitespace.ts';
import { SigPrintableCharsOnly } from './SigPrintableCharsOnly.ts';
import { SigTruncate } from './SigTruncate.ts';
import { applyRule } from './ruleTestKit.ts';
import type { Rule } from './Rule.ts';

describe.each<[Rule, [string, Record<string, unknown>, string, string | null][]]>([
  [
    BadHardware,
    [
      ['device data error', { reason: 'STATUS_DEVICE_DATA_ERROR / 0x1' }, 'sig', 'bad hardware | sig'],
      ['other reason', { reason: 'EXCEPTION_ACCESS_VIOLATION_READ' }, 'sig', null],
      ['no reason', {}, 'sig', null],
    ],
  ],
  [
    StackOverflowSignature,
    [
      ['stack overflow', { reason: 'EXCEPTION_STACK_OVERFLOW' }, 'sig', 'stackoverflow | sig'],
      ['other reason', { reason: 'SIGSEGV' }, 'sig', null],
    ],
  ],
  [
    HungProcess,
    [
      ['hang type kept as given', { hang: 'ui' }, 'sig', 'hang: ui | sig'],
      ['zero is a hang type too', { hang: 0 }, 'sig', 'hang: 0 | sig'],
      ['no hang', { hang: null }, 'sig', null],
    ],
  ],
  [
    StackwalkerErrorSignatureRule,
    [
      ['EMPTY gets the status', { mdsw_status_string: 'ERROR_NO_MINIDUMP_HEADER' }, 'EMPTY: no frame data available', 'EMPTY: no frame data available; ERROR_NO_MINIDUMP_HEADER'],
      ['other signatures untouched', { mdsw_status_string: 'OK' }, 'sig', null],
      ['no status', {}, 'EMPTY: x', null],
    ],
  ],
  [
    SigPrintableCharsOnly,
    [
      ['control characters removed', {}, 'a\u0007b', 'ab'],
      ['edges trimmed', {}, ' sig ', 'sig'],
      ['clean signature untouched', {}, 'a | b', 'a | b'],
    ],
  ],
  [
    SigFixWhitespace,
    [
      ['tabs and runs of spaces', {}, 'a\t|  b', 'a | b'],
      ['edges trimmed', {}, '  a  ', 'a'],
    ],
  ],
  [
    SigTruncate,
    [
      ['255 characters kept', {}, 'x'.repeat(255), null],
      ['256 characters cut to 252 plus dots', {}, 'x'.repeat(256), `${'x'.repeat(252)}...`],
    ],
  ],
])('$name', (rule, table) => {
  it.each(table)('%s', (_label, crash, signature, expected) => {
    expect(applyRule(rule, crash, signature)?.signature ?? null).toBe(expected);
  });
});

describe('notes', () => {
  it('SigPrintableCharsOnly says when it removed something', () => {
    expect(applyRule(SigPrintableCharsOnly, {}, 'a\u00e9')?.notes).toEqual(['SigPrintableCharsOnly: unprintable characters removed']);
    expect(applyRule(SigPrintableCharsOnly, {}, 'a')?.notes).toEqual([]);
  });
  it('SigTruncate says it truncated', () => {
    expect(applyRule(SigTruncate, {}, 'x'.repeat(300))?.notes).toEqual(['SigTruncate: SigTrunc: signature truncated due to length']);
  });
});
