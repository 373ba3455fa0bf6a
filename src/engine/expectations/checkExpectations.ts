import type { Expectation } from './parseExpectations.ts';

export type ExpectationStatus = 'pass' | 'fail' | 'missing';

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly status: ExpectationStatus;
  /** What the crash signs as (absent when it is not loaded or cannot be signed). */
  readonly actual?: string;
}

/** Checks each expectation against what its crash signs as; `missing` when the crash is not there to sign. */
export function checkExpectations(expectations: readonly Expectation[], signatureOf: (crashId: string) => string | undefined): ExpectationResult[] {
  return expectations.map((expectation) => {
    const actual = signatureOf(expectation.crash_id);
    if (actual === undefined) return { expectation, status: 'missing' };
    return { expectation, status: actual === expectation.signature ? 'pass' : 'fail', actual };
  });
}
