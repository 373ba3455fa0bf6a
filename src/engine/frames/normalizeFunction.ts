import { collapseArguments, collapseTypes } from './collapseTypes.ts';
import { dropPrefixAndReturnType } from './dropPrefixAndReturnType.ts';
import { replaceEnclosedSlices } from './replaceEnclosedSlices.ts';
import { pyStrip } from '../python/pyText.ts';
import type { NormalizationKind } from '../types.ts';

/** Notes one transformation of a symbol (traced runs only); called only when it changed something. */
export type StepRecorder = (kind: NormalizationKind, before: string, after: string) => void;

/** `after`, noting the step when a recorder is given and the text changed. */
function step(record: StepRecorder | undefined, kind: NormalizationKind, before: string, after: string): string {
  if (record && after !== before) record(kind, before, after);
  return after;
}

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
export function collapseCppFunction(fn: string, record?: StepRecorder): string {
  // Member functions' cv/ref qualifiers do not identify a crash site.
  for (const qualifier of CV_REF_QUALIFIERS) {
    if (fn.endsWith(qualifier)) fn = step(record, 'qualifier-dropped', fn, pyStrip(fn.slice(0, -qualifier.length)));
  }
  // Operator overloads have no return type to drop and confuse the tokenizer.
  if (!fn.includes('::operator')) fn = step(record, 'return-type-dropped', fn, dropPrefixAndReturnType(fn));
  // bug 1672847: compilers spell the anonymous namespace two ways.
  fn = step(record, 'anonymous-namespace-renamed', fn, fn.replaceAll("`anonymous namespace'", '(anonymous namespace)'));
  fn = step(record, 'lambda-number-dropped', fn, fn.replace(LAMBDA_NUMBER, '::$$::'));
  fn = step(record, 'templates-collapsed', fn, collapseTypes(fn));
  fn = step(record, 'arguments-dropped', fn, collapseArguments(fn));
  // bug 1397926: PGO splits cold blocks into `[clone .cold.222]` symbols.
  if (fn.includes('clone .cold')) fn = step(record, 'cold-clone-dropped', fn, replaceEnclosedSlices(fn, '[', ']', () => ''));
  return fn;
}

/** The collapsed Rust symbol: trait impls `<X as Y>` keep their text, generics become `<T>`. */
export function collapseRustFunction(fn: string, record?: StepRecorder): string {
  fn = step(record, 'return-type-dropped', fn, dropPrefixAndReturnType(fn));
  fn = step(record, 'templates-collapsed', fn, replaceEnclosedSlices(fn, '<', '>', (_before, inside) => (inside.includes(' as ') ? inside : '<T>')));
  return step(record, 'arguments-dropped', fn, replaceEnclosedSlices(fn, '(', ')', () => ''));
}

/** Spacing fix-ups shared by both languages: `Foo *` → `Foo*`, `a,b` → `a, b`. */
export function fixSpacing(fn: string, record?: StepRecorder): string {
  return step(record, 'spacing-fixed', fn, fn.replace(SPACE_BEFORE_PUNCTUATION, '').replace(COMMA_WITHOUT_SPACE, ', '));
}

/** Rust symbols end in a per-build hash (`::h0123abcd`) that would split buckets. */
export function dropRustHash(fn: string, record?: StepRecorder): string {
  return step(record, 'rust-hash-dropped', fn, fn.replace(RUST_HASH_SUFFIX, ''));
}
