import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData } from './index.ts';
import { keepSigningInput } from './keepSigningInput.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases } from '../testing/parityCases.ts';

const generator = createGenerator(compileSiglists(loadStockSiglists()));
const frames = (name: string) => ({ frames: [{ function: name }] });

describe('keepSigningInput', () => {
  it('keeps the crashing thread and thread 0, in place, and nothing else', () => {
    const crash = { crashing_thread: 2, reason: 'r', threads: [frames('zero'), frames('one'), frames('two'), frames('three')] };
    expect(keepSigningInput(crash)).toEqual({ crashing_thread: 2, reason: 'r', threads: [frames('zero'), null, frames('two'), null] });
    // The crash itself is never changed.
    expect(crash.threads[1]).toEqual(frames('one'));
  });

  it('resolves the crashing thread as signing does: negative from the end, odd values as Python int()', () => {
    expect(keepSigningInput({ crashing_thread: -1, threads: [frames('a'), frames('b'), frames('c')] }).threads).toEqual([frames('a'), null, frames('c')]);
    expect(keepSigningInput({ crashing_thread: ' 1 ', threads: [frames('a'), frames('b'), frames('c')] }).threads).toEqual([frames('a'), frames('b'), null]);
    expect(keepSigningInput({ crashing_thread: 'junk', threads: [frames('a'), frames('b')] }).threads).toEqual([frames('a'), null]);
  });

  it('leaves alone what it cannot read as a list of threads', () => {
    const dictThreads = { crashing_thread: 1, threads: { 0: frames('a'), 1: frames('b') } };
    expect(keepSigningInput(dictThreads)).toBe(dictThreads);
    expect(keepSigningInput([] as unknown as CrashData)).toEqual([]);
  });

  it.skipIf(!parityAvailable())('signs every parity case exactly as the whole crash does, trace included', () => {
    let multiThreaded = 0;
    for (const file of PARITY_FILES) {
      for (const testCase of readParityCases(file)) {
        const crash = testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData);
        const kept = keepSigningInput(crash);
        if (kept !== crash) multiThreaded++;
        expect(generator.generate(kept, { trace: true }), testCase.id).toEqual(generator.generate(crash, { trace: true }));
      }
    }
    expect(multiThreaded).toBeGreaterThan(100);
  });
});
