import { describe, expect, it } from 'vitest';
import { findCrashIds, parseCrashId } from './crashIds.ts';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

describe('parseCrashId', () => {
  it.each([
    [ID, ID],
    [`bp-${ID}`, ID],
    [`https://crash-stats.mozilla.org/report/index/${ID}`, ID],
    [`http://localhost:8000/report/index/${ID}#tab-details`, ID],
    [`https://crash-stats.mozilla.org/signature/?id=${ID}`, null],
    ['de1bb258-cbbf-4589-a673-34f800abcdef', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parseCrashId(text)).toBe(expected);
  });
});

describe('findCrashIds', () => {
  it('pulls ids out of free text, deduplicated, and lists broken attempts', () => {
    const text = `See bp-${ID}, and https://crash-stats.mozilla.org/report/index/${ID}.\n` +
      '00000000-0000-0000-0000-000000201231 bp-nope "aaaaaaaa-bbbb-cccc-dddd-eeeeeeffffff" plain words';
    expect(findCrashIds(text)).toEqual({
      ids: [ID, '00000000-0000-0000-0000-000000201231'],
      invalid: ['bp-nope', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeffffff'],
    });
  });
});
