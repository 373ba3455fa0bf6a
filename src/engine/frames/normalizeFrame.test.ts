import { describe, expect, it } from 'vitest';
import { compileSiglists } from '../siglists/compileSiglists.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { createFrameNormalizer, type FrameFields } from './normalizeFrame.ts';

const lists = compileSiglists(siglistTexts({ 'signatures_with_line_numbers_re.txt': '# keeps lines\njs_Interpret\nWantsLine' }));
const normalize = createFrameNormalizer(lists.lineNumbers);

function frame(fields: Partial<FrameFields>): FrameFields {
  return { module: null, function: null, file: null, line: null, module_offset: null, offset: null, ...fields };
}

describe('C++ symbols', () => {
  it.each([
    ['plain', 'nsFoo::Bar', 'nsFoo::Bar'],
    ['arguments dropped', 'nsFoo::Bar(int, char const*)', 'nsFoo::Bar'],
    ['templates collapsed', 'Outer<Inner<X>, Y>::Method<Z>(Q)', 'Outer<T>::Method<T>'],
    ['return type and static dropped', 'static void* nsFoo::Alloc<Big>(unsigned long)', 'nsFoo::Alloc<T>'],
    // A space before the arguments survives as a trailing space, as upstream; SigPrintableCharsOnly trims it later.
    ['space before arguments', 'nsFoo::Bar (int)', 'nsFoo::Bar '],
    ['const qualifier', 'nsFoo::Get() const', 'nsFoo::Get'],
    ['const & qualifier', 'mozilla::Maybe<int>::ref() const &', 'mozilla::Maybe<T>::ref'],
    ['&& qualifier', 'Holder::take() &&', 'Holder::take'],
    ['anonymous namespace spellings agree', "`anonymous namespace'::Helper", '(anonymous namespace)::Helper'],
    ['anonymous namespace kept', '(anonymous namespace)::Helper(int)', '(anonymous namespace)::Helper'],
    ['lambda numbers removed (bug 1688249)', 'Worker::$_17::__invoke', 'Worker::$::__invoke'],
    ['operator() kept', 'Lambda::operator()(int) const', 'Lambda::operator()'],
    ['operator< kept', 'Pos::operator<(Pos) const', 'Pos::operator<'],
    ['operator<=> kept', 'Pos::operator<=>(Pos const&) const', 'Pos::operator<=>'],
    ['conversion operator keeps its type', 'JS::Heap<JSObject*>::operator JSObject* const &()', 'JS::Heap<T>::operator JSObject* const&'],
    ['PGO cold clone removed (bug 1397926)', 'nsFoo::Bar(int) [clone .cold.12]', 'nsFoo::Bar '],
    ['<unknown in foo.dll> kept (bug 1685178)', '<unknown in nvwgf2umx.dll>', '<unknown in nvwgf2umx.dll>'],
    ['IPC::ParamTraits keeps the outer type', 'IPC::ParamTraits<mozilla::Maybe<int>>::Read(X)', 'IPC::ParamTraits<mozilla::Maybe<T>>::Read'],
    ['spaces before * and & removed', 'Foo<A>::operator int *', 'Foo<T>::operator int*'],
    ['line number appended when listed', 'js_Interpret', 'js_Interpret:42'],
  ])('%s', (_label, fn, expected) => {
    expect(normalize(frame({ function: fn, line: 42 })).text).toBe(expected);
  });

  it('reports which line-number siglist line matched', () => {
    expect(normalize(frame({ function: 'WantsLine(int)', line: 7 }))).toEqual({
      text: 'WantsLine:7',
      lineNumberMatch: { file: 'signatures_with_line_numbers_re.txt', line: 3, pattern: 'WantsLine' },
    });
  });
});

describe('Rust symbols (file ends in .rs)', () => {
  const rs = 'hg:hg.mozilla.org/mozilla-central:third_party/rust/x/src/lib.rs:abc';
  it.each([
    ['hash suffix removed', 'mycrate::thing::h0123456789abcdef', 'mycrate::thing'],
    ['hash only at the end', 'mycrate::h12ab::thing', 'mycrate::h12ab::thing'],
    ['generics collapsed', 'static void alloc::Rc<mycrate::Big>::drop_slow<mycrate::Big>()', 'alloc::Rc<T>::drop_slow<T>'],
    ['trait impls kept', '<mycrate::Pool<W> as mycrate::Job>::run', '<mycrate::Pool<W> as mycrate::Job>::run'],
  ])('%s', (_label, fn, expected) => {
    expect(normalize(frame({ function: fn, file: rs, line: 9 })).text).toBe(expected);
  });
});

describe('frames without a function symbol', () => {
  it.each([
    ['file#line from a POSIX path', { file: '/src/dom/base/nsFoo.cpp', line: 12, module: 'libxul.so' }, 'nsFoo.cpp#12'],
    ['file#line from a Windows path', { file: 'c:\\build\\dom\\nsFoo.cpp', line: 12 }, 'nsFoo.cpp#12'],
    ['trailing separators ignored', { file: 'dom/base/', line: 3 }, 'base#3'],
    ['module when no line', { file: '/a/b.cpp', line: null, module: 'xul.dll' }, 'xul.dll'],
    ['brackets around module removed (bug 1926077)', { module: '[[libc.so.6]' }, 'libc.so.6'],
    ['first unloaded module', { unloaded_modules: [{ module: 'gone.dll' }, { module: 'other.dll' }] }, '(unloaded gone.dll)'],
    ['offset, leading zeros stripped', { offset: '0x0000000000032ec0' }, '@0x32ec0'],
    ['non-hex offset kept', { offset: 'zz' }, '@zz'],
    ['nothing at all', {}, ''],
  ])('%s', (_label, fields, expected) => {
    expect(normalize(frame(fields as Partial<FrameFields>)).text).toBe(expected);
  });

  it('raises like Python for a non-string function', () => {
    expect(() => normalize(frame({ function: 5 }))).toThrow("'int' object has no attribute 'endswith'");
  });
});
