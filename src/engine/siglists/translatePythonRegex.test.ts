import { describe, expect, it } from 'vitest';
import { translatePythonRegex } from './translatePythonRegex.ts';
import { emitJsRegex } from './emitJsRegex.ts';
import { parsePythonRegex } from './parsePythonRegex.ts';

/** Python `re.match` semantics: anchored at the start only. */
function pyMatch(pattern: string, text: string): boolean {
  return new RegExp(`^(?:${translatePythonRegex(pattern).source})`, 'u').test(text);
}

describe('translatePythonRegex: same matches as Python', () => {
  it.each<[string, string, boolean]>([
    ['handle_error$', 'handle_error', true],
    ['handle_error$', 'handle_error\n', true],
    ['handle_error$', 'handle_errorX', false],
    ['abc', 'abcdef', true],
    ['a.c', 'a\rc', true],
    ['a.c', 'a\nc', false],
    ['\\d+x', '\u0663\u0664x', true],
    ['\\w+!', 'caf\u00e9!', true],
    ['\\s', '\u001c', true],
    ['\\s', '\ufeff', false],
    ['\\<name omitted\\>', '<name omitted>', true],
    ['libc\\.so(\\.\\d+)?', 'libc.so.6', true],
    ['(libxul\\.so|xul\\.dll|XUL)', 'xul.dll', true],
    ['[-+]\\[NSException raise(:format:(arguments:)?)?\\]', '-[NSException raise:format:]', true],
    ['[]a]+$', ']a]', true],
    ['[^]a]', ']', false],
    ['[\\w-]+$', 'a-b_c', true],
    ['[a\\S]', 'x', true],
    ['[a\\S]', ' ', false],
    ['[^a\\S]', ' ', true],
    ['[^a\\S]', 'x', false],
    ['x{,2}y', 'xxy', true],
    ['x{2}', 'x', false],
    ['a{', 'a{', true],
    ['a{1,2', 'a{1,2', true],
    ['x}]', 'x}]', true],
    ['(?P<n>ab)(?P=n)', 'abab', true],
    ['(a)\\1', 'aa', true],
    ['(?#comment)foo', 'foo', true],
    ['\\bfoo\\b', 'foo bar', true],
    ['foo\\B', 'foobar', true],
    ['\\x41\\u0042\\U00000043\\101', 'ABCA', true],
    ['(?<=a)b|ab', 'ab', true],
    ['\\Aab\\Z', 'ab', true],
    ['\\Aab\\Z', 'ab\n', false],
  ])('%j on %j → %s', (pattern, text, expected) => {
    expect(pyMatch(pattern, text)).toBe(expected);
  });
});

describe('translatePythonRegex: rejects what Python (or the browser) cannot use', () => {
  it.each([
    ['foo(', 'missing ), unterminated subpattern at position 3'],
    ['foo)', 'unbalanced parenthesis at position 3'],
    ['[abc', 'unterminated character set at position 0'],
    ['*a', 'nothing to repeat at position 0'],
    ['a**', 'multiple repeat at position 2'],
    ['a{3,1}', 'min repeat greater than max repeat'],
    ['[z-a]', 'bad character range z-a'],
    ['[\\w-z]', 'bad character range \\w-z'],
    ['\\q', 'bad escape \\q'],
    ['\\x4', 'incomplete escape \\x4'],
    ['(a)\\2', 'invalid group reference'],
    ['(a\\1)', 'cannot refer to an open group'],
    ['(?P<1a>x)', "bad character in group name '1a'"],
    ['(?P<n>a)(?P<n>b)', "redefinition of group name 'n'"],
    ['(?P=zz)', "unknown group name 'zz'"],
    ['(?<=a+)b', 'look-behind requires fixed-width pattern'],
    ['a*+', 'possessive quantifiers are not supported'],
    ['(?>a)', 'atomic groups'],
    ['(?i)abc', 'inline flags'],
    ['(?(1)a|b)', 'conditional groups'],
    ['(?<name>a)', 'unknown extension ?<n'],
    ['\\N{DASH}', 'named character escapes'],
  ])('%j', (pattern, message) => {
    expect(() => translatePythonRegex(pattern)).toThrow(message);
  });
});

describe('translatePythonRegex in a joined siglist', () => {
  it('points backreferences at this line\'s groups', () => {
    const translated = translatePythonRegex('(x)\\3', { groupBase: 2, jsGroupBase: 5 });
    expect(translated.source).toBe('(x)(?:\\6)');
    expect(translated.groupCount).toBe(1);
  });

  it('makes a reference to an earlier line\'s group fail, as in Python', () => {
    expect(translatePythonRegex('a\\1', { groupBase: 1 }).source).toBe('a(?!)');
  });
});

describe('plain names', () => {
  it.each(['mozilla::detail::MutexImpl', 'Allocator<T>::malloc', 'operator==', "it's a \"name\" -x,y@z#%&~ !"])(
    'translate %s to itself, with the same meaning as the full translation',
    (pattern) => {
      expect(translatePythonRegex(pattern)).toEqual({ source: pattern, groupCount: 0, jsGroupCount: 0, names: [] });
      const full = new RegExp(`^(?:${emitJsRegex(parsePythonRegex(pattern).root, 0)})`, 'u');
      for (const subject of [pattern, `${pattern}tail`, pattern.slice(1), '']) {
        expect(new RegExp(`^(?:${pattern})`, 'u').test(subject)).toBe(full.test(subject));
      }
    },
  );
});
