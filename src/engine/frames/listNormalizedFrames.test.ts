import { describe, expect, it } from 'vitest';
import { compileSiglists } from '../siglists/compileSiglists.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { createFrameNormalizer } from './normalizeFrame.ts';
import { listNormalizedFrames, MAXIMUM_FRAMES_TO_CONSIDER } from './listNormalizedFrames.ts';

const normalize = createFrameNormalizer(compileSiglists(siglistTexts({})).lineNumbers);
const texts = (thread: unknown, lower = false) => listNormalizedFrames(thread, lower, normalize, false).texts;

describe('listNormalizedFrames', () => {
  it('puts inlined functions before their frame, each as a frame', () => {
    const thread = {
      frames: [
        { function: 'Outer', module: 'xul.dll', inlines: [{ function: 'InlinedA' }, { function: 'InlinedB' }] },
        { function: 'Caller' },
      ],
    };
    const { listed } = listNormalizedFrames(thread, false, normalize);
    expect(listed?.map((f) => [f.normalized.text, f.frameIndex, f.inline])).toEqual([
      ['InlinedA', 0, true],
      ['InlinedB', 0, true],
      ['Outer', 0, false],
      ['Caller', 1, false],
    ]);
  });

  it('stops at the frame limit without reading frames beyond it', () => {
    const frames: unknown[] = Array.from({ length: MAXIMUM_FRAMES_TO_CONSIDER }, (_, i) => ({ function: `f${i}` }));
    frames.push('not a frame, never read');
    expect(texts({ frames })).toHaveLength(MAXIMUM_FRAMES_TO_CONSIDER);
  });

  it('lower-cases modules for Windows only', () => {
    const thread = { frames: [{ module: 'KERNELBASE.dll' }] };
    expect(texts(thread, true)).toEqual(['kernelbase.dll']);
    expect(texts(thread, false)).toEqual(['KERNELBASE.dll']);
  });

  it('restores Rust 1.34 panic module paths (bug 1544246)', () => {
    const thread = { frames: [{ function: 'panic', file: 'git:github.com/rust-lang/rust:src/libcore/panicking.rs:abc' }] };
    expect(texts(thread)).toEqual(['core::panicking::panic']);
  });

  it('does not mutate the thread', () => {
    const thread = Object.freeze({ frames: Object.freeze([Object.freeze({ module: 'XUL' })]) });
    expect(texts(thread, true)).toEqual(['xul']);
    expect(thread.frames[0]).toEqual({ module: 'XUL' });
  });

  it.each([
    ['a thread that is not a dict', 'garbage', "'str' object has no attribute 'get'"],
    ['frames that are null', { frames: null }, "'NoneType' object is not iterable"],
    ['a frame that is not a dict', { frames: [3] }, "'int' object has no attribute 'get'"],
  ])('fails like upstream for %s', (_label, thread, message) => {
    expect(() => texts(thread)).toThrow(message);
  });
});
