import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData, type FrameTrace } from '../index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases } from '../../testing/parityCases.ts';

const stock = loadStockSiglists();
// Every symbol keeps its line number, so the `:line` step shows up in every stack.
const generator = createGenerator(compileSiglists({ ...stock, 'signatures_with_line_numbers_re.txt': '.*\n' }));

/** The frame's normalisation as its steps tell it, from the raw fields to the text the walk saw. */
function replay(frame: FrameTrace): string | null {
  const steps = frame.normalization ?? [];
  let text = typeof frame.raw.function === 'string' && frame.raw.function !== '' ? frame.raw.function : null;
  for (const step of steps) {
    // Steps on a symbol chain: each starts from where the one before ended.
    if (text !== null && step.kind !== 'module' && step.kind !== 'file-line' && step.kind !== 'unloaded-module' && step.kind !== 'offset' && step.kind !== 'nothing-to-show') {
      expect(step.before).toBe(text);
    }
    text = step.after;
  }
  return text;
}

describe.skipIf(!parityAvailable())('normalisation steps over every parity case', () => {
  for (const file of PARITY_FILES) {
    it(`${file}: replaying each frame's steps gives its normalised text`, () => {
      let withSteps = 0;
      for (const testCase of readParityCases(file)) {
        const crash = testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData);
        for (const rule of generator.generate(crash, { trace: true }).trace) {
          for (const frame of rule.frames ?? []) {
            if (!frame.normalization) continue;
            withSteps++;
            expect(replay(frame) ?? '').toBe(frame.normalized);
          }
        }
      }
      expect(withSteps).toBeGreaterThan(1000);
    });
  }
});
