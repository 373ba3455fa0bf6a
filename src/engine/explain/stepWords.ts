import type { NormalizationKind, NormalizationStep, RuleCheck, WalkTest } from '../types.ts';

/** Each normalisation step in words, for people learning how a frame becomes a signature part. */
export const NORMALIZATION_WORDS: Readonly<Record<NormalizationKind, string>> = {
  'rust-module-restored': 'Module path restored: Rust 1.34 symbol files lost it for panic functions (bug 1544246).',
  'qualifier-dropped': 'Trailing qualifier dropped (const, &, &&): it does not identify the crash site.',
  'return-type-dropped': 'Return type and other words before the name dropped.',
  'anonymous-namespace-renamed': "`anonymous namespace' spelled (anonymous namespace), as other compilers do (bug 1672847).",
  'lambda-number-dropped': 'Lambda number dropped: it varies between builds (bug 1688249).',
  'templates-collapsed': 'Template arguments collapsed to <T>, so a signature survives template changes.',
  'arguments-dropped': 'Argument list dropped.',
  'cold-clone-dropped': 'PGO cold-block suffix [clone .cold.N] dropped (bug 1397926).',
  'line-number-appended': 'Line number appended: a signatures_with_line_numbers_re.txt line matches the symbol.',
  'spacing-fixed': 'Spacing fixed: no space before * & or a comma, one space after a comma.',
  'rust-hash-dropped': 'Rust hash (::h0123…) dropped: it changes every build.',
  'file-line': 'No function symbol: the file name and line describe the frame (file#line).',
  module: 'No function symbol and no file and line: the module name describes the frame.',
  'module-lower-cased': 'Module name lower-cased: Windows module names are case-insensitive.',
  'module-brackets-stripped': 'Brackets around the module name stripped (bug 1926077).',
  'unloaded-module': 'No symbol, file or module: the first unloaded module describes the frame.',
  offset: 'Nothing but an address: the frame is its offset (@0x…, leading zeros dropped).',
  'nothing-to-show': 'No function, file and line, module, unloaded module or offset: the frame is empty.',
};

/** The walk's test in words, with its outcome. */
export function describeWalkTest(test: WalkTest): string {
  switch (test.test) {
    case 'sentinel':
      return test.match ? 'Sentinel? Yes: the walk starts here.' : 'Sentinel? No.';
    case 'empty':
      return test.held ? 'Empty? Yes: dropped.' : 'Empty? No.';
    case 'irrelevant':
      return test.match ? 'Irrelevant? Yes: dropped.' : 'Irrelevant? No line matches.';
    case 'repeated-module':
      return test.held ? 'Same module as the part before? Yes: dropped.' : 'Same module as the part before? No.';
    case 'prefix':
      return test.match ? 'Prefix? Yes: kept, and the walk goes on.' : 'Prefix? No line matches: kept, and the walk stops.';
  }
}

/** A rule's test on a field: `oom_allocation_size = 65536, ≤ 262144 (256 KiB)? yes`. */
export function describeCheck(check: RuleCheck): string {
  return `${check.field} = ${check.value}, ${check.test}? ${check.held ? 'yes' : 'no'}`;
}

/** Whether a step changed the frame's text (the first step of a frame without a symbol always "changes" it). */
export function stepChanged(step: NormalizationStep): boolean {
  return step.before !== step.after;
}
