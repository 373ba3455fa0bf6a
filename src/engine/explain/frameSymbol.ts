import type { FrameTrace, NormalizationKind, NormalizationStep } from '../types.ts';
import { createMatcher } from '../siglists/compileSiglists.ts';
import { createFrameNormalizer } from '../frames/normalizeFrame.ts';

/** Steps that shape the symbol itself, before `signatures_with_line_numbers_re.txt` is tried on it. */
const COLLAPSING: ReadonlySet<NormalizationKind> = new Set([
  'rust-module-restored',
  'qualifier-dropped',
  'return-type-dropped',
  'anonymous-namespace-renamed',
  'lambda-number-dropped',
  'templates-collapsed',
  'arguments-dropped',
  'cold-clone-dropped',
]);

/**
 * The collapsed symbol the line-number list is matched against (after the
 * symbol is collapsed, before `:line` and the spacing fix-ups); null for a
 * frame without a function symbol, which that list is never tried on.
 */
export function collapsedSymbol(raw: unknown, steps: readonly NormalizationStep[]): string | null {
  if (typeof raw !== 'string' || raw === '') return null;
  const appended = steps.find((step) => step.kind === 'line-number-appended');
  if (appended) return appended.before;
  const collapsing = steps.filter((step) => COLLAPSING.has(step.kind));
  return collapsing.at(-1)?.after ?? raw;
}

/** The traced frame's collapsed symbol (see collapsedSymbol). */
export function frameSymbol(frame: FrameTrace): string | null {
  return collapsedSymbol(frame.raw.function, frame.normalization ?? []);
}

export interface TypedFrame {
  readonly normalized: string;
  readonly steps: readonly NormalizationStep[];
  /** What the line-number list is matched against. */
  readonly symbol: string;
}

/**
 * A function name someone typed, normalised as the engine would normalise a
 * frame with that function (no file, no line), with the line-number list given.
 */
export function normalizeTypedFrame(name: string, lineNumbersText: string): TypedFrame {
  const lineNumbers = createMatcher('signatures_with_line_numbers_re.txt', lineNumbersText, []);
  const normalized = createFrameNormalizer(lineNumbers)({ function: name }, false, true);
  const steps = normalized.steps ?? [];
  return { normalized: normalized.text, steps, symbol: collapsedSymbol(name, steps) ?? name };
}
