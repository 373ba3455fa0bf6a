/** The parts of a Python regular expression that matter for translating it. */
export type RegexNode =
  | { readonly kind: 'alternation'; readonly branches: readonly RegexNode[][] }
  | { readonly kind: 'char'; readonly codePoint: number }
  /** A one-character set: a bracket class, `.` or a class escape like `\d`. */
  | { readonly kind: 'set'; readonly set: CharSet }
  | { readonly kind: 'anchor'; readonly anchor: 'start' | 'end' | 'absolute-start' | 'absolute-end' | 'word-boundary' | 'not-word-boundary' }
  | { readonly kind: 'group'; readonly group: GroupKind; readonly body: RegexNode; readonly index?: number; readonly name?: string }
  | { readonly kind: 'repeat'; readonly body: RegexNode; readonly min: number; readonly max: number; readonly lazy: boolean }
  | { readonly kind: 'backreference'; readonly index: number };

export type GroupKind = 'capture' | 'non-capture' | 'lookahead' | 'negative-lookahead' | 'lookbehind' | 'negative-lookbehind';

/** A set of code points: ranges and named categories, possibly negated. */
export interface CharSet {
  readonly negated: boolean;
  readonly items: readonly CharSetItem[];
}

export type CharSetItem =
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'category'; readonly category: Category; readonly negated: boolean };

export type Category = 'digit' | 'space' | 'word' | 'any-but-newline';

export class PythonRegexError extends Error {
  constructor(message: string, readonly position: number) {
    super(position >= 0 ? `${message} at position ${position}` : message);
    this.name = 'PythonRegexError';
  }
}
