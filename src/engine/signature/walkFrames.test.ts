import { describe, expect, it } from 'vitest';
import { compileSiglists } from '../siglists/compileSiglists.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { walkFrames } from './walkFrames.ts';

const lists = compileSiglists(siglistTexts({
  'irrelevant_signature_re.txt': '# noise\nmemcpy\nKiFastSystemCall\nlibc\\.so',
  'prefix_signature_re.txt': 'moz_xmalloc\nmalloc\n.*alloc_impl',
  'signature_sentinels.txt': 'core::panicking::panic\nmozilla::detail::MutexImpl::lock',
}));

describe('walkFrames', () => {
  it('skips irrelevant frames, keeps prefixes and stops at the first other frame', () => {
    const walk = walkFrames(['memcpy', 'malloc', 'moz_xmalloc', 'nsFoo::Bar', 'main'], 0, lists);
    expect(walk.signature).toBe('malloc | moz_xmalloc | nsFoo::Bar');
    expect(walk.verdicts.map((v) => v.decision)).toEqual(['irrelevant', 'prefix', 'prefix', 'stop', 'not-reached']);
    expect(walk.verdicts[0]?.match).toEqual({ file: 'irrelevant_signature_re.txt', line: 2, pattern: 'memcpy' });
    expect(walk.verdicts[2]?.match).toEqual({ file: 'prefix_signature_re.txt', line: 1, pattern: 'moz_xmalloc' });
  });

  it('starts at the first sentinel frame', () => {
    const walk = walkFrames(['std::panicking::x', 'core::panicking::panic', 'mycrate::run'], 0, lists);
    expect(walk.signature).toBe('core::panicking::panic');
    expect(walk.verdicts.map((v) => v.decision)).toEqual(['before-sentinel', 'sentinel', 'not-reached']);
    expect(walk.verdicts[1]?.match).toEqual({ file: 'signature_sentinels.txt', line: 1, pattern: 'core::panicking::panic' });
  });

  it('picks the sentinel that appears first in the stack, not first in the list', () => {
    const walk = walkFrames(['a', 'mozilla::detail::MutexImpl::lock', 'core::panicking::panic'], 0, lists);
    expect(walk.debugNotes[0]).toBe('sentinel; starting at "mozilla::detail::MutexImpl::lock" index 1');
  });

  it('drops a repeated module-like frame only right after itself', () => {
    const prefixAll = compileSiglists(siglistTexts({ 'prefix_signature_re.txt': '.*\\.dll\nXUL' }));
    const walk = walkFrames(['foo.dll', 'FOO.dll', 'foo.dll', 'foo.dll', 'XUL', 'XUL', 'end'], 0, prefixAll);
    expect(walk.signature).toBe('foo.dll | FOO.dll | foo.dll | XUL | end');
    expect(walk.verdicts[3]?.decision).toBe('dll-dedupe');
    expect(walk.verdicts[5]?.decision).toBe('dll-dedupe');
  });

  it('never de-duplicates unloaded modules', () => {
    const prefixAll = compileSiglists(siglistTexts({ 'prefix_signature_re.txt': '\\(unloaded' }));
    const walk = walkFrames(['(unloaded a.dll)', '(unloaded a.dll)', 'x'], 0, prefixAll);
    expect(walk.signature).toBe('(unloaded a.dll) | (unloaded a.dll) | x');
  });

  it('skips empty frames', () => {
    const walk = walkFrames(['', 'nsFoo::Bar'], 3, lists);
    expect(walk.signature).toBe('nsFoo::Bar');
    expect(walk.verdicts[0]?.decision).toBe('empty');
  });

  it('falls back to the top frame when every frame is irrelevant', () => {
    const walk = walkFrames(['memcpy', 'KiFastSystemCall'], 2, lists);
    expect(walk.signature).toBe('memcpy');
    expect(walk.notes).toEqual(['CSignatureTool: no frame data for crashing thread (2)']);
  });

  it('says EMPTY when there are no frames', () => {
    const walk = walkFrames([], 7, lists);
    expect(walk.signature).toBe('EMPTY: no frame data available');
    expect(walk.notes).toEqual(['CSignatureTool: no frame data for crashing thread (7)']);
  });
});

describe('walkFrames sentinel provenance', () => {
  it('keeps the sentinel line even when the sentinel frame is irrelevant', () => {
    const both = compileSiglists(siglistTexts({ 'signature_sentinels.txt': 'Lock', 'irrelevant_signature_re.txt': 'Lock' }));
    const walk = walkFrames(['a', 'Lock', 'b'], 0, both);
    expect(walk.signature).toBe('b');
    expect(walk.verdicts[1]?.decision).toBe('irrelevant');
    expect(walk.sentinel).toEqual({ index: 1, match: { file: 'signature_sentinels.txt', line: 1, pattern: 'Lock' } });
  });
});

describe('walkFrames tests, in the engine order', () => {
  it('records the sentinel search, then empty, irrelevant, repeated module and prefix per frame walked', () => {
    const walk = walkFrames(['memcpy', 'malloc', 'nsFoo::Bar', 'main'], 0, lists);
    expect(walk.tests[0]).toEqual([
      { test: 'sentinel', match: null },
      { test: 'empty', held: false },
      { test: 'irrelevant', match: { file: 'irrelevant_signature_re.txt', line: 2, pattern: 'memcpy' } },
    ]);
    expect(walk.tests[1]?.map((test) => test.test)).toEqual(['sentinel', 'empty', 'irrelevant', 'repeated-module', 'prefix']);
    expect(walk.tests[3]).toEqual([{ test: 'sentinel', match: null }]);
    expect(walk).toMatchObject({ start: 0, stoppedAt: 2 });
    expect(walk.fallbackIndex).toBeUndefined();
  });

  it('stops the sentinel search at the first sentinel, and names the fall-back frame', () => {
    const walk = walkFrames(['a', 'core::panicking::panic', 'memcpy'], 0, compileSiglists(siglistTexts({
      'irrelevant_signature_re.txt': 'core::\nmemcpy',
      'signature_sentinels.txt': 'core::panicking::panic',
    })));
    expect(walk.tests.map((tests) => tests.filter((test) => test.test === 'sentinel').length)).toEqual([1, 1, 0]);
    expect(walk).toMatchObject({ start: 1, fallbackIndex: 1, signature: 'core::panicking::panic' });
  });
});
