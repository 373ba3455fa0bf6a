import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { parseSiglistText } from './parseSiglistText.ts';
import { compileSiglists } from './compileSiglists.ts';
import { emitJsRegex } from './emitJsRegex.ts';
import { parsePythonRegex } from './parsePythonRegex.ts';
import { translatePythonRegex } from './translatePythonRegex.ts';

/** Python `re.match` as the engine ran it before: the plain translation, which backtracks. */
const plain = (pattern: string) => new RegExp(`^(?:(${emitJsRegex(parsePythonRegex(pattern).root, 1)}))`, 'u');
/** As a siglist line sits in its joined list: in its own group (group 1), so added groups count from 2. */
const translated = (pattern: string) => new RegExp(`^(?:(${translatePythonRegex(pattern, { jsGroupBase: 1 }).source}))`, 'u');

/** Every string over `alphabet` up to `length` characters long. */
function* allStrings(alphabet: readonly string[], length: number): Generator<string> {
  yield '';
  let layer = [''];
  for (let size = 1; size <= length; size++) {
    layer = layer.flatMap((prefix) => alphabet.map((ch) => prefix + ch));
    yield* layer;
  }
}

/** Deterministic pseudo-random strings built from pieces of the pattern's own text. */
function* piecesOf(pattern: string, count: number): Generator<string> {
  const literal = pattern.replace(/\\(.)/g, '$1').replace(/\.[*+]\??/g, ' ');
  const pieces = [...literal.split(' ').filter(Boolean), ...literal.split(''), '\n', 'x', '.'];
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = next() % 12;
    for (let j = 0; j < parts; j++) text += pieces[next() % pieces.length];
    yield text;
  }
}

describe('a `.*` before a literal and another `.*` commits to the literal’s first occurrence', () => {
  it('is used where it applies, and leaves other lines as they were', () => {
    expect(translatePythonRegex('.*framework.*\\.oat', { jsGroupBase: 4 })).toEqual({
      source: '(?=((?:[\\0-\\t\\v-\\u{10FFFF}])*?framework))\\5(?:[\\0-\\t\\v-\\u{10FFFF}])*\\.oat',
      groupCount: 0,
      jsGroupCount: 1,
      names: [],
    });
    // Nothing after the literal, or something other than a `.` run: the plain translation (already linear, or not equivalent).
    for (const pattern of ['.*abort', '.*\\.dll', 'org\\.mozilla\\.f.*\\.apk', '.*ab\\d.*c', '(.*)ab.*c', '.*a\\nb.*c']) {
      expect(translatePythonRegex(pattern).source, pattern).toBe(emitJsRegex(parsePythonRegex(pattern).root, 0));
    }
  });

  it.each([
    '.*ab.*c',
    '.*?ab.*?c',
    '.+ab.+c',
    '.{2,}ab.*c',
    '.*aa.*a',
    '.*ab.*ba.*c',
    'c.*ab.*b',
    '.*ab.*',
    '.*a.*b$',
    '.*ab.*c|b.*a.*c',
    'a*.*ab.*c',
  ])('%s matches exactly the strings the plain translation matches (every string of a, b, c, newline up to 7)', (pattern) => {
    const [fast, slow] = [translated(pattern), plain(pattern)];
    expect(fast.source).not.toBe(slow.source);
    let checked = 0;
    for (const text of allStrings(['a', 'b', 'c', '\n'], 7)) {
      if (fast.test(text) !== slow.test(text)) expect.fail(`${pattern} on ${JSON.stringify(text)}: ${fast.test(text)}, Python ${slow.test(text)}`);
      checked++;
    }
    expect(checked).toBe(21_845);
  });

  it('gives every stock line the same verdicts as the plain translation, and the joined lists name the same lines', () => {
    const stock = loadStockSiglists();
    const rewritten: string[] = [];
    for (const file of ['irrelevant_signature_re.txt', 'prefix_signature_re.txt', 'signatures_with_line_numbers_re.txt'] as const) {
      for (const { pattern } of parseSiglistText(stock[file])) {
        const [fast, slow] = [translated(pattern), plain(pattern)];
        if (fast.source === slow.source) continue;
        rewritten.push(pattern);
        for (const text of piecesOf(pattern, 20_000)) expect(fast.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(slow.test(text));
      }
    }
    expect(rewritten).toEqual(['.*framework.*\\.oat']);
    // Joined, later lines keep their own groups: the added group shifts them and each match still names its line.
    const lists = compileSiglists(stock);
    const entries = parseSiglistText(stock['irrelevant_signature_re.txt']);
    const plainLines = entries.map((entry) => ({ line: entry.line, regex: plain(entry.pattern) }));
    const subjects = ['system@framework@boot.oat', 'libframework.so.oat', ...entries.map((entry) => entry.pattern.replace(/\\/g, ''))];
    for (const subject of subjects) {
      expect(lists.irrelevant.match(subject)?.line ?? null, subject).toBe(plainLines.find((line) => line.regex.test(subject))?.line ?? null);
    }
  });

  it('decides a 2.7 MB frame of "framework" over and over in one pass (the plain translation needs minutes)', () => {
    const name = 'framework'.repeat(300_000);
    const lists = compileSiglists(loadStockSiglists());
    // V8 stops the match when the budget is spent (vm's timeout), so a regression fails instead of hanging.
    const verdicts = new Script('[match(name), match(`${name}.oat`)]').runInNewContext({ match: (text: string) => lists.irrelevant.match(text)?.pattern ?? null, name }, { timeout: 5_000 });
    expect(verdicts).toEqual([null, '.*framework.*\\.oat']);
  });
});
