import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PythonRegexError, translatePythonRegex } from './translatePythonRegex.ts';

// Recorded from Python by scripts/record-regex-golden.py (the script says how to re-record).
interface GoldenCase {
  readonly pattern: string;
  readonly error?: string;
  readonly matchEnds?: Readonly<Record<string, number | null>>;
}
const golden = JSON.parse(readFileSync(new URL('./backreferenceGolden.json', import.meta.url), 'utf8')) as { cases: GoldenCase[] };

/** Patterns the engines agree on: refusing them would be a loss, not a safeguard. */
const MUST_TRANSLATE = [
  '(a)\\1', '(a)+\\1', '(a+)\\1', '(a*)\\1', '(a?)\\1', '(?:x(a))+\\1', '(?:(a)\\1)+', '(?:(a)b)+\\1', '(a)(b)\\2\\1', '(?P<x>a)(?P=x)',
  '((a)b)\\2', '(?=(a))\\1', '(?<=(a))\\1', '(a){2}\\1', '(a)+?\\1', '(a|b)\\1', '(a|b)+\\1', '((a)|(b))\\1', '(a)c|(b)\\2', '((a)\\2)+',
];

const REFUSAL = /^backreference to group \d+, which (may not have matched|may hold an earlier repetition's text) there: Python and JavaScript differ, so Siglab refuses it/;

/** Like Python's re.match: where the match ends, or null. */
function jsMatchEnd(source: string, subject: string): number | null {
  const found = new RegExp(`^(?:${source})`, 'u').exec(subject);
  return found ? found[0].length : null;
}

describe('backreferences against Python re (golden table)', () => {
  it.each(golden.cases.map((c) => [c.pattern, c] as const))('%s', (pattern, expected) => {
    let source: string;
    try {
      source = translatePythonRegex(pattern).source;
    } catch (error) {
      expect(error).toBeInstanceOf(PythonRegexError);
      // Python refuses it too (the wording of parse errors is not this table's subject).
      if (expected.error !== undefined) return;
      expect(MUST_TRANSLATE).not.toContain(pattern);
      return expect((error as Error).message).toMatch(REFUSAL);
    }
    expect(expected.error).toBeUndefined();
    const ends = Object.fromEntries(Object.keys(expected.matchEnds ?? {}).map((subject) => [subject, jsMatchEnd(source, subject)]));
    expect(ends).toEqual(expected.matchEnds);
  });

  it('covers every agreed pattern and enough subjects to be worth something', () => {
    const patterns = golden.cases.map((c) => c.pattern);
    expect(patterns).toEqual(expect.arrayContaining(MUST_TRANSLATE));
    expect(Object.keys(golden.cases[0]?.matchEnds ?? {}).length).toBeGreaterThan(30);
  });
});
