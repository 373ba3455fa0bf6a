import { describe, expect, it } from 'vitest';
import { describeRunaway } from './describeRunaway.ts';

const line = { file: 'irrelevant_signature_re.txt' as const, line: 80, pattern: '.*framework.*\\.oat' };

describe('describeRunaway', () => {
  it('names the edited line and the crash', () => {
    expect(describeRunaway(10, { kind: 'edited-line', line: { ...line, line: 400, pattern: '(a+)+$' }, crash: 1 }, ['a', 'b'])).toBe(
      'The run took longer than 10 s and was stopped (the worker was restarted). The line at fault: irrelevant_signature_re.txt:400 (a+)+$ — it backtracks catastrophically on crash b. Your edits are kept; the next edit runs again.',
    );
  });

  it('blames the stock line, not the edits, when no edit is at fault', () => {
    const text = describeRunaway(10, { kind: 'stock-line', line, crash: 0 }, ['crash-0']);
    expect(text).toContain('No edited line is at fault: the stock line irrelevant_signature_re.txt:80 .*framework.*\\.oat backtracks on crash crash-0');
    expect(text).not.toContain('Suspect');
  });
});
