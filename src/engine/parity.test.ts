import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData } from './index.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { PARITY_DIR, PARITY_FILES, parityAvailable, readParityCases, type ParityCase } from '../testing/parityCases.ts';

const available = parityAvailable();
if (!available) {
  const message = `PARITY CASES NOT FOUND in ${PARITY_DIR}: the parity suite is SKIPPED. Put ../shared/parity beside the repo or set PARITY_DIR.`;
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true: absence is a failure)`);
  console.warn(`\n${'!'.repeat(80)}\n${message}\n${'!'.repeat(80)}\n`);
}

const generator = createGenerator(compileSiglists(loadStockSiglists()));

function crashDataOf(testCase: ParityCase): CrashData {
  return testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData);
}

describe.skipIf(!available)('parity with upstream socorro/signature', () => {
  for (const file of PARITY_FILES) {
    const cases = available ? readParityCases(file) : [];
    describe(file, () => {
      it.for(cases)('$id', (testCase) => {
        const crash = crashDataOf(testCase);
        if (testCase.input_kind === 'processed') {
          const { threads: _threads, ...converted } = crash as Record<string, unknown>;
          expect(converted).toEqual(testCase.crash_data);
        }
        const result = generator.generate(crash);
        expect(result.signature).toBe(testCase.signature);
        if (testCase.tags?.includes('reference_rule_failed')) return;
        expect(result.notes).toEqual(testCase.notes);
        expect(result.extra.proto_signature).toBe(testCase.extra?.proto_signature);
        expect(result.extra.normalized_frames).toEqual(testCase.extra?.normalized_frames);
        // Tracing only adds the explanation: the result itself must not change.
        const traced = generator.generate(crash, { trace: true });
        expect(traced.trace.length).toBe(generator.ruleset.length);
        expect({ ...traced, trace: [], debugLog: [] }).toEqual(result);
      });
    });
  }
});
