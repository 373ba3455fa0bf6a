import { describe, expect, it } from 'vitest';
import { REPORTS } from '../../report/formatReport.ts';
import { checkExpectations, formatExpectations, parseExpectations } from './index.ts';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f00161001';

describe('parseExpectations', () => {
  it('reads JSON lines, normalising Crash Stats ids', () => {
    const parsed = parseExpectations(`{"crash_id": "bp-${ID}", "signature": "OOM | small"}\n\n{"crash_id": "file.jsonl:3", "signature": "a | b"}\n`);
    expect(parsed).toEqual({
      expectations: [
        { crash_id: ID, signature: 'OOM | small' },
        { crash_id: 'file.jsonl:3', signature: 'a | b' },
      ],
      errors: [],
    });
  });

  it("reads socorro-cmd signature's text output, taking New (as siglab signature prints it)", () => {
    const text = [
      REPORTS.text.row({ crashId: ID, old: 'js::GCMarker::markAndTraverse', signature: 'js::GCMarker::markAndTraverse<T> | js::GCMarker::processMarkStackTop', notes: ['a note'] }, false, true),
      REPORTS.text.row({ crashId: OTHER, old: null, signature: 'EMPTY: no frame data available', notes: [] }, false, false),
    ].join('');
    expect(parseExpectations(text).expectations).toEqual([
      { crash_id: ID, signature: 'js::GCMarker::markAndTraverse<T> | js::GCMarker::processMarkStackTop' },
      { crash_id: OTHER, signature: 'EMPTY: no frame data available' },
    ]);
  });

  it('names every line it cannot read, and keeps the rest; a later expectation for a crash wins', () => {
    const parsed = parseExpectations(
      [`{"crash_id": "${ID}", "signature": "first"}`, '{not json', '{"crash_id": 3}', 'New:      orphan', `Crash id: ${OTHER}`, `{"crash_id": "${ID}", "signature": "second"}`].join('\n'),
    );
    expect(parsed.expectations).toEqual([{ crash_id: ID, signature: 'second' }]);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^line 2: invalid JSON/),
      'line 3: no "crash_id" string',
      'line 4: "New:" without a "Crash id:" line before it',
      'line 5: "Crash id:" without a "New:" line',
    ]);
  });

  it('writes JSON lines that read back the same', () => {
    const expectations = [{ crash_id: ID, signature: 'a | "b"' }];
    expect(parseExpectations(formatExpectations(expectations)).expectations).toEqual(expectations);
  });
});

describe('checkExpectations', () => {
  it('passes, fails, or says the crash is missing', () => {
    const signatures = new Map([
      [ID, 'a | b'],
      [OTHER, 'c'],
    ]);
    const results = checkExpectations(
      [
        { crash_id: ID, signature: 'a | b' },
        { crash_id: OTHER, signature: 'a | b' },
        { crash_id: 'gone', signature: 'x' },
      ],
      (id) => signatures.get(id),
    );
    expect(results.map((result) => [result.status, result.actual])).toEqual([
      ['pass', 'a | b'],
      ['fail', 'c'],
      ['missing', undefined],
    ]);
  });
});
