import { collapseArguments, collapseTypes } from './collapseTypes.ts';
import { dropPrefixAndReturnType } from './dropPrefixAndReturnType.ts';
import { replaceEnclosedSlices } from './replaceEnclosedSlices.ts';
import { pyStrip } from '../python/pyText.ts';

// Function symbols are normalised in two halves around one siglist lookup:
// `signatures_with_line_numbers_re` is matched against the collapsed symbol,
// and a match appends `:line` before the final spacing fix-ups.

const SPACE_BEFORE_PUNCTUATION = / (?=[*&,])/g;
const COMMA_WITHOUT_SPACE = /,(?! )/g;
// Python's `$` also matches before a final newline.
const RUST_HASH_SUFFIX = /::h[0-9a-fA-F]+(?=\n?$)/;
// bug 1688249: lambda numbers vary between builds.
const LAMBDA_NUMBER = /::\$_\p{Nd}+::/gu;
const CV_REF_QUALIFIERS = ['const', 'const&', 'const &', '&&', '&'] as const;

/** The collapsed C/C++ symbol, before the line-number decision. */
export function collapseCppFunction(fn: string): string {
  // Member functions' cv/ref qualifiers do not identify a crash site.
  for (const qualifier of CV_REF_QUALIFIERS) {
    if (fn.endsWith(qualifier)) fn = pyStrip(fn.slice(0, -qualifier.length));
  }
  // Operator overloads have no return type to drop and confuse the tokenizer.
  if (!fn.includes('::operator')) fn = dropPrefixAndReturnType(fn);
  // bug 1672847: compilers spell the anonymous namespace two ways.
  fn = fn.replaceAll("`anonymous namespace'", '(anonymous namespace)');
  fn = fn.replace(LAMBDA_NUMBER, '::$$::');
  fn = collapseTypes(fn);
  fn = collapseArguments(fn);
  // bug 1397926: PGO splits cold blocks into `[clone .cold.222]` symbols.
  if (fn.includes('clone .cold')) fn = replaceEnclosedSlices(fn, '[', ']', () => '');
  return fn;
}

/** The collapsed Rust symbol: trait impls `<X as Y>` keep their text, generics become `<T>`. */
export function collapseRustFunction(fn: string): string {
  fn = dropPrefixAndReturnType(fn);
  fn = replaceEnclosedSlices(fn, '<', '>', (_before, inside) => (inside.includes(' as ') ? inside : '<T>'));
  return replaceEnclosedSlices(fn, '(', ')', () => '');
}

/** Spacing fix-ups shared by both languages: `Foo *` → `Foo*`, `a,b` → `a, b`. */
export function fixSpacing(fn: string): string {
  return fn.replace(SPACE_BEFORE_PUNCTUATION, '').replace(COMMA_WITHOUT_SPACE, ', ');
}

/** Rust symbols end in a per-build hash (`::h0123abcd`) that would split buckets. */
export function dropRustHash(fn: string): string {
  return fn.replace(RUST_HASH_SUFFIX, '');
}
