import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGLIST_FILES } from '../types.ts';
import { compileSiglists } from './compileSiglists.ts';
import { parseSiglistText } from './parseSiglistText.ts';
import { siglistTexts } from './siglistTestKit.ts';
import { REPO_ROOT } from '../../testing/loadStockSiglists.ts';

describe('parseSiglistText', () => {
  it('keeps 1-based line numbers and skips comments and blanks', () => {
    expect(parseSiglistText('# header\r\n\r\n  foo  \r\nbar\n#baz\n\u0085qux')).toEqual([
      { line: 3, pattern: 'foo' },
      { line: 4, pattern: 'bar' },
      { line: 6, pattern: 'qux' },
    ]);
  });
});

describe('compileSiglists', () => {
  const lists = compileSiglists(
    siglistTexts({
      'irrelevant_signature_re.txt': '# comment\nfoo.*\nfoobar\nbad(\nba[rz]$',
      'signature_sentinels.txt': 'Sentinel::Frame\nbroken[\nSentinel::Frame',
    }),
  );

  it('names the first line that matches, like Python\'s joined alternation', () => {
    expect(lists.irrelevant.match('foobar')).toEqual({ file: 'irrelevant_signature_re.txt', line: 2, pattern: 'foo.*' });
    expect(lists.irrelevant.match('baz')).toEqual({ file: 'irrelevant_signature_re.txt', line: 5, pattern: 'ba[rz]$' });
    expect(lists.irrelevant.match('bazz')).toBeNull();
    expect(lists.irrelevant.match('xfoo')).toBeNull();
  });

  it('reports invalid lines with file, line and reason, and leaves them out', () => {
    expect(lists.errors).toEqual([
      { file: 'irrelevant_signature_re.txt', line: 4, pattern: 'bad(', message: 'missing ), unterminated subpattern at position 3' },
      { file: 'signature_sentinels.txt', line: 2, pattern: 'broken[', message: 'unterminated character set at position 6' },
    ]);
    expect(lists.irrelevant.entries.map((e) => e.line)).toEqual([2, 3, 5]);
  });

  it('matches sentinels as whole frame names, first line winning', () => {
    expect(lists.sentinels.find('Sentinel::Frame')).toEqual({ file: 'signature_sentinels.txt', line: 1, pattern: 'Sentinel::Frame' });
    expect(lists.sentinels.find('Sentinel::FrameX')).toBeNull();
  });

  it('keeps each line\'s groups apart in the joined expression', () => {
    // Joined, `\\3` is line 2's own group and `\\1` is line 1's, which never takes part in line 3's match.
    const grouped = compileSiglists(siglistTexts({ 'prefix_signature_re.txt': '(a)(b)x\n(c)\\3\n(d)\\1' }));
    expect(grouped.prefix.match('abx')?.line).toBe(1);
    expect(grouped.prefix.match('cc')?.line).toBe(2);
    expect(grouped.prefix.match('dd')).toBeNull();
  });

  it('treats a list without usable lines as matching everything, as upstream', () => {
    const empty = compileSiglists(siglistTexts({ 'prefix_signature_re.txt': '# nothing here\n' }));
    expect(empty.prefix.matchesEverything).toBe(true);
    expect(empty.prefix.match('anything')).toEqual({ file: 'prefix_signature_re.txt', line: 0, pattern: '' });
  });

  it('compiles every line of the stock siglists', () => {
    const texts = Object.fromEntries(SIGLIST_FILES.map((file) => [file, readFileSync(join(REPO_ROOT, 'public', 'siglists', file), 'utf8')]));
    const stock = compileSiglists(texts as never);
    expect(stock.errors).toEqual([]);
    expect(stock.irrelevant.entries.length).toBeGreaterThan(200);
    expect(stock.prefix.match('malloc')?.pattern).toBe('malloc');
  });
});
