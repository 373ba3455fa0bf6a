import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData } from '../index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases } from '../../testing/parityCases.ts';

const generator = createGenerator(compileSiglists(loadStockSiglists()));
const ruleOf = (crash: CrashData, name: string) => generator.generate(crash, { trace: true }).trace.find((rule) => rule.rule === name);

describe('rules note the fields they read', () => {
  it('OOMSignature cites the allocation size that made it small', () => {
    const oom = ruleOf({ oom_allocation_size: 65536, threads: [{ frames: [{ function: 'moz_xmalloc' }] }] }, 'OOMSignature');
    expect(oom?.condition).toEqual([{ field: 'oom_allocation_size', value: '65536', test: 'is set', held: true }]);
    expect(oom?.decisions).toEqual([
      { field: 'js_large_allocation_failure', value: 'null', test: 'is "Reporting"', held: false },
      { field: 'oom_allocation_size', value: '65536', test: '≤ 262144 (256 KiB)', held: true },
    ]);
  });

  it('a skipped rule says which test failed on what value', () => {
    const badHardware = ruleOf({ reason: 'EXCEPTION_ACCESS_VIOLATION_READ' }, 'BadHardware');
    expect(badHardware?.fired).toBe(false);
    expect(badHardware?.condition?.at(-1)).toEqual({ field: 'reason', value: '"EXCEPTION_ACCESS_VIOLATION_READ"', test: 'contains "STATUS_DEVICE_DATA_ERROR"', held: false });
    expect(ruleOf({}, 'HungProcess')?.condition).toEqual([{ field: 'hang', value: 'null', test: 'is present (any value but null)', held: false }]);
  });

  it('OOMSignature tries each of its conditions in turn', () => {
    const oom = ruleOf({ crashing_thread: 0, reason: 'EXCEPTION_BREAKPOINT', threads: [{ last_error_value: 'ERROR_SUCCESS', frames: [{ function: 'f' }] }] }, 'OOMSignature');
    expect(oom?.condition?.map((check) => [check.field, check.held])).toEqual([
      ['oom_allocation_size', false],
      ['signature', true],
      ['signature', false],
      ['threads[0].last_error_value', false],
      ['reason', false],
      ['js_large_allocation_failure', false],
    ]);
  });

  it('SigTruncate says how long the signature was', () => {
    const truncate = ruleOf({ threads: [{ frames: [{ function: 'x'.repeat(300) }] }] }, 'SigTruncate');
    expect(truncate?.condition?.[0]?.test).toBe('is longer than 255 characters (it has 300)');
  });

  it('cuts long values', () => {
    const abort = ruleOf({ abort_message: 'y'.repeat(1000) }, 'AbortSignature');
    expect(abort?.condition?.[0]?.value.length).toBeLessThanOrEqual(160);
  });
});

describe.skipIf(!parityAvailable())('rule checks over every parity case', () => {
  for (const file of PARITY_FILES) {
    it(`${file}: the last test of a condition decides whether the rule fired`, () => {
      let checked = 0;
      for (const testCase of readParityCases(file)) {
        const crash = testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData);
        for (const rule of generator.generate(crash, { trace: true }).trace) {
          if (rule.error !== undefined || !rule.condition) continue;
          checked++;
          expect(rule.condition.at(-1)?.held, `${testCase.id} ${rule.rule}`).toBe(rule.fired);
        }
      }
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
