import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS, type SiglistTexts } from '../../engine/index.ts';
import { translatePythonRegex } from '../../engine/siglists/translatePythonRegex.ts';
import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { parityAvailable, readParityCases } from '../../testing/parityCases.ts';
import { buildAffectedQueries, describeChange } from './buildAffectedQueries.ts';
import { diffSiglistLines } from './diffSiglistLines.ts';
import { literalRuns, pythonRegexToLucene } from './pythonRegexToLucene.ts';

const scope = { product: 'Firefox', from: '2026-11-01', to: '2026-11-08' };
const lists = (patch: Partial<SiglistTexts>): SiglistTexts => ({ ...EMPTY_SIGLIST_TEXTS, ...patch });


describe('diffSiglistLines', () => {
  it('finds added, removed and changed lines, ignoring comments and blank lines', () => {
    const stock = lists({ 'irrelevant_signature_re.txt': '# c\na\nb\nc\n', 'signature_sentinels.txt': 's1\n' });
    const edited = lists({ 'irrelevant_signature_re.txt': '# other comment\na\nB\nc\n\nd\n', 'signature_sentinels.txt': '' });
    expect(diffSiglistLines(stock, edited).map(describeChange)).toEqual([
      'irrelevant_signature_re.txt line 3 changed: b → B',
      'irrelevant_signature_re.txt line 6 added: d',
      'signature_sentinels.txt line 1 removed: s1',
    ]);
  });
});

describe('pythonRegexToLucene', () => {
  it.each([
    ['js::jit::.*', 'js::jit::.*', false],
    ['^(?:foo|bar)\\(\\)$', '(foo|bar)\\(\\)', true],
    ['std::vector<.*>::at', 'std::vector\\<.*\\>::at', false],
    ['[a-z0-9_]+@0x[0-9a-f]+', '[a-z0-9_]+\\@0x[0-9a-f]+', false],
    ['nsTArray_base<T>::EnsureCapacity<T>?', 'nsTArray_base\\<T\\>::EnsureCapacity\\<T\\>?', false],
    ['\\d{2,}x', '[0-9]{2,}x', false],
  ])('translates %s', (pattern, body, anchoredEnd) => {
    expect(pythonRegexToLucene(pattern)).toEqual({ body, anchoredEnd });
  });

  it.each(['foo(?=bar)', '(a)\\1', '\\w+', 'a\\b', 'a$b', '(', ''])('refuses %s', (pattern) => {
    expect(pythonRegexToLucene(pattern)).toBeNull();
  });

  it.each([
    ['\\w+::Foo(?=x)Bar', ['::Foo']],
    ['abc\\d+defgh', ['defgh']],
    ['(x|y)zz|qq(?!r)', ['zz', 'qq']],
    ['a{2}bcd', ['bcd']],
    ['ab?c', ['a']],
    ['(?=x)', null],
  ])('finds the literal runs of %s', (pattern, runs) => {
    expect(literalRuns(pattern)).toEqual(runs);
  });
});

describe('buildAffectedQueries', () => {
  it('builds one query per changed line, regex where possible, saying which line it came from', () => {
    const stock = lists({ 'irrelevant_signature_re.txt': 'memcpy\nold\n', 'prefix_signature_re.txt': 'x\n' });
    const edited = lists({ 'irrelevant_signature_re.txt': 'memcpy\nnew.*\n\\w+Lock(?=x)\n', 'prefix_signature_re.txt': 'x\n', 'signature_sentinels.txt': 'a.b\n' });
    const { queries, unsearchable } = buildAffectedQueries(stock, edited, scope);
    expect(unsearchable).toEqual([]);
    expect(queries.map((query) => [describeChange(query.change), query.operator, query.params.getAll('proto_signature')])).toEqual([
      ['irrelevant_signature_re.txt line 2 changed: old → new.*', '@', ['@(.* \\| )?(old).*', '@(.* \\| )?(new.*).*']],
      ['irrelevant_signature_re.txt line 3 added: \\w+Lock(?=x)', '~', ['~Lock']],
      ['signature_sentinels.txt line 1 added: a.b', '@', ['@(.* \\| )?a\\.b( \\| .*)?']],
    ]);
    expect([...(queries[0] as { params: URLSearchParams }).params].slice(0, 3)).toEqual([
      ['product', 'Firefox'],
      ['date', '>=2026-11-01'],
      ['date', '<2026-11-08'],
    ]);
    expect(queries[1]?.note).toMatch(/longest literal/);
  });

  it('searches for the literal text when the regexp would be longer than Elasticsearch allows', () => {
    const long = `${'a'.repeat(600)}.*${'b'.repeat(600)}`;
    const { queries } = buildAffectedQueries(lists({}), lists({ 'prefix_signature_re.txt': `${long}\n` }), scope);
    expect(queries.map((query) => [query.operator, query.values])).toEqual([['~', [`~${'a'.repeat(600)}`]]]);
  });

  it('says which lines cannot be searched', () => {
    const { queries, unsearchable } = buildAffectedQueries(lists({}), lists({ 'prefix_signature_re.txt': '\\w+\n' }), scope);
    expect(queries).toEqual([]);
    expect(unsearchable.map((entry) => describeChange(entry.change))).toEqual(['prefix_signature_re.txt line 1 added: \\w+']);
  });

  it.skipIf(!parityAvailable())('finds every parity crash with a frame a stock line matches (Lucene output read as JavaScript: same syntax, whole-value match)', () => {
    const stock = loadStockSiglists();
    const protos = readParityCases('cases.jsonl')
      .map((testCase) => testCase.extra?.normalized_frames)
      .filter((frames): frames is string[] => Array.isArray(frames) && frames.length > 0 && frames.every((frame) => !frame.includes(' | ')));
    // Every stock line "removed": one query per line.
    const { queries } = buildAffectedQueries(stock, { ...stock, 'irrelevant_signature_re.txt': '', 'prefix_signature_re.txt': '', 'signature_sentinels.txt': '' }, scope);
    let checked = 0;
    const missed: string[] = [];
    for (const query of queries.filter((q) => q.operator === '@')) {
      const change = query.change;
      if (change.kind !== 'removed') continue;
      const python = new RegExp(translatePythonRegex(change.before.pattern).source, 'uy');
      const matchesFrame = (frame: string) => (change.file === 'signature_sentinels.txt' ? frame === change.before.pattern : ((python.lastIndex = 0), python.test(frame)));
      const lucene = new RegExp(`^(?:${(query.values[0] as string).slice(1)})$`, 's');
      for (const frames of protos) {
        if (!frames.some(matchesFrame)) continue;
        checked++;
        if (!lucene.test(frames.join(' | '))) missed.push(`${change.before.pattern} in ${frames.join(' | ')}`);
      }
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    const total = parseSiglistText(stock['irrelevant_signature_re.txt']).length + parseSiglistText(stock['prefix_signature_re.txt']).length;
    // Nearly all stock lines are plain enough for an Elasticsearch regexp.
    expect(queries.filter((q) => q.operator === '@' && q.change.file !== 'signature_sentinels.txt').length).toBeGreaterThan(total * 0.9);
  });
});
