import { describe, expect, it } from 'vitest';
import { createGenerator } from '../createGenerator.ts';
import { compileSiglists } from './compileSiglists.ts';
import { compileJoinedPattern, regexRefusal } from './compileJoinedPattern.ts';
import { siglistTexts } from './siglistTestKit.ts';

const FILE = 'irrelevant_signature_re.txt';
const crash = (...functions: string[]) => ({ crashing_thread: 0, threads: [{ frames: functions.map((fn) => ({ function: fn })) }] });

describe('siglist limits', () => {
  it('a line of 32 KB or more is a per-line error, not a blank signature for every crash', () => {
    const lists = compileSiglists(siglistTexts({ [FILE]: `helper\n${'a'.repeat(40_000)}\nother` }));
    expect(lists.errors).toEqual([{ file: FILE, line: 2, pattern: 'a'.repeat(40_000), message: 'the line is 40,000 characters long; at most 4,096 are allowed' }]);
    expect(lists.irrelevant.match('other')).toEqual({ file: FILE, line: 3, pattern: 'other' });
    expect(createGenerator(lists).generate(crash('helper', 'nsFoo::Bar')).signature).toBe('nsFoo::Bar');
  });

  it('~32k lines: one error at the first line past the cap, with a short message', () => {
    const text = Array.from({ length: 32_000 }, (_, i) => `frame${i}$`).join('\n');
    const lists = compileSiglists(siglistTexts({ [FILE]: text }));
    expect(lists.errors).toEqual([
      { file: FILE, line: 5_001, pattern: 'frame5000$', message: 'the list has more than 5,000 patterns: this line and the 26,999 after it are left out' },
    ]);
    expect(lists.irrelevant.match('frame4999')?.line).toBe(5_000);
    expect(createGenerator(lists).generate(crash('frame1', 'nsFoo::Bar')).signature).toBe('nsFoo::Bar');
  });

  it('a list past the group cap ("Too many captures" in V8) names the line it stops at, with a short message', () => {
    // Each line: its own group and 4 more; line 2,001 would pass 10,000.
    const lines = Array.from({ length: 3_000 }, (_, i) => `x${i}(a)(b)(c)(d)`);
    const lists = compileSiglists(siglistTexts({ [FILE]: lines.join('\n') }));
    expect(lists.errors).toEqual([{ file: FILE, line: 2_001, pattern: 'x2000(a)(b)(c)(d)', message: 'the list has more than 10,000 groups: this line and the 999 after it are left out' }]);
    expect(lists.irrelevant.match('x1999abcd')?.line).toBe(2_000);
  });

  it('when the engine refuses the joined list, the longest prefix it takes is used and the first line left out is named', () => {
    const joined = compileJoinedPattern(['ok', 'fine', 'a'.repeat(40_000), 'b']);
    expect(joined.refusal).toBe('Regular expression too large');
    expect(joined.count).toBe(2);
    expect(joined.regex.exec('fine')?.[2]).toBe('fine');
  });

  it('runs a regex once so the engine refuses it now, with its reason and not its source', () => {
    expect(regexRefusal('a'.repeat(40_000))).toBe('Regular expression too large');
    expect(regexRefusal('(a)'.repeat(70_000))).toBe('Too many captures');
    expect(regexRefusal('fine')).toBeNull();
  });
});
