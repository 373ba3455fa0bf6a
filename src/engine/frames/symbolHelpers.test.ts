import { describe, expect, it } from 'vitest';
import { collapseArguments, collapseTypes } from './collapseTypes.ts';
import { dropPrefixAndReturnType } from './dropPrefixAndReturnType.ts';
import { isRustSourceFile, parseSourceFile } from './parseSourceFile.ts';
import { replaceEnclosedSlices } from './replaceEnclosedSlices.ts';
import { stripLeadingZeros } from './stripLeadingZeros.ts';

describe('dropPrefixAndReturnType', () => {
  it.each([
    ['Foo::bar', 'Foo::bar'],
    ['static int* Foo::bar(int a, char b)', 'Foo::bar(int a, char b)'],
    ['class RefPtr<Foo> Make<Foo, Bar>(Arg const &)', 'Make<Foo, Bar>(Arg const &)'],
    ['Foo::bar (int a)', 'Foo::bar (int a)'],
    ['Foo::bar(int) [clone .cold.1] [clone .cold.2]', 'Foo::bar(int) [clone .cold.1] [clone .cold.2]'],
    ["void `anonymous namespace'::Helper(int)", "`anonymous namespace'::Helper(int)"],
    ['fn closing) too early', 'early'],
    ['<impl core::fmt::Debug for mycrate::T>::fmt', '<impl core::fmt::Debug for mycrate::T>::fmt'],
  ])('%s → %s', (fn, expected) => {
    expect(dropPrefixAndReturnType(fn)).toBe(expected);
  });
});

describe('collapseTypes and collapseArguments', () => {
  it.each([
    ['Outer<A<B>, C>::m<D>', 'Outer<T>::m<T>'],
    // An unbalanced run of brackets after `operator` is kept whole.
    ['Foo::operator<<<int>', 'Foo::operator<<<int>'],
    ['<unknown in libfoo.so>', '<unknown in libfoo.so>'],
    ['<name omitted>', '<name omitted>'],
    ['IPC::ParamTraits<nsTArray<int>>::Write', 'IPC::ParamTraits<nsTArray<T>>::Write'],
    ['Unclosed<A', 'Unclosed<T>'],
  ])('collapseTypes(%s) → %s', (fn, expected) => {
    expect(collapseTypes(fn)).toBe(expected);
  });

  it.each([
    ['f(int, char)', 'f'],
    ['(anonymous namespace)::f(x)', '(anonymous namespace)::f'],
    ['Foo::operator()(int)', 'Foo::operator()'],
    ['f((nested), x)g', 'fg'],
  ])('collapseArguments(%s) → %s', (fn, expected) => {
    expect(collapseArguments(fn)).toBe(expected);
  });

  it('replaceEnclosedSlices hands the replacer the text around each slice', () => {
    const seen: string[][] = [];
    replaceEnclosedSlices('a[b]c[d]e', '[', ']', (before, inside, after) => {
      seen.push([before, inside, after]);
      return '';
    });
    expect(seen).toEqual([
      ['a', '[b]', 'c[d]e'],
      ['c', '[d]', 'e'],
    ]);
  });
});

describe('parseSourceFile', () => {
  it.each([
    ['hg:hg.mozilla.org/releases/mozilla-esr115:js/src/jit/MIR.h:755067c14b06', 'js/src/jit/MIR.h'],
    ['git:github.com/rust-lang/rust:library/core/src/panicking.rs:abc', 'library/core/src/panicking.rs'],
    ['c:\\builds\\src\\x.cpp', '\\builds\\src\\x.cpp'],
    ['/builds/worker/x.rs', '/builds/worker/x.rs'],
    ['relative/x.cpp', null],
    ['', null],
    [null, null],
  ])('%s → %s', (file, expected) => {
    expect(parseSourceFile(file)).toBe(expected);
  });

  it.each([
    'git:github.com/rust-lang/rust:library/core/src/panicking.rs:abc',
    'hg:hg.mozilla.org/mozilla-central:dom/base/x.cpp:abc',
    'hg:host:x.rs:rev:extra',
    'a:b:c.rs',
    'a:b:c:d.rs',
    'a:b:.rs:d',
    'a:.rs',
    'c:\\src\\lib.rs',
    '/builds/lib.rs',
    '/a:b:c.rs',
    'lib.rs',
    '.rs',
    ':',
    '',
    0,
  ])('isRustSourceFile agrees with parseSourceFile for %s', (file) => {
    expect(isRustSourceFile(file)).toBe((parseSourceFile(file) ?? '').endsWith('.rs'));
  });

  it('raises for a file that is no string, as parseSourceFile', () => {
    expect(() => isRustSourceFile(['x.rs'])).toThrow("'list' object has no attribute 'split'");
  });
});

describe('stripLeadingZeros', () => {
  it.each([
    ['0x0000000000032ec0', '0x32ec0'],
    ['0x0', '0x0'],
    ['00ff', '0xff'],
    ['-0x0010', '-0x10'],
    [' 0x1_0 ', '0x10'],
    ['0xg', '0xg'],
    [12, 12],
  ])('%j → %j', (text, expected) => {
    expect(stripLeadingZeros(text)).toBe(expected);
  });
});
