/**
 * Shared shapes of the signature engine. Crash data arrives from the outside
 * world (Crash Stats, dropped files, CLI stdin) and may be malformed, so it is
 * typed loosely and every rule reads it defensively, like upstream does.
 */

/** Signature-generation input: the shape upstream documents in `schema.rst`. */
export type CrashData = { readonly [key: string]: unknown };

/** The four siglist files, by their upstream file names. */
export const SIGLIST_FILES = [
  'irrelevant_signature_re.txt',
  'prefix_signature_re.txt',
  'signature_sentinels.txt',
  'signatures_with_line_numbers_re.txt',
] as const;

export type SiglistFile = (typeof SIGLIST_FILES)[number];

/** Raw text of each siglist file, as a person edits it. */
export type SiglistTexts = Readonly<Record<SiglistFile, string>>;

/** A line of a siglist that could not be used (1-based line number). */
export interface SiglistError {
  readonly file: SiglistFile;
  readonly line: number;
  readonly pattern: string;
  readonly message: string;
}

/** Which siglist line made a decision about a frame (1-based line number). */
export interface SiglistMatch {
  readonly file: SiglistFile;
  readonly line: number;
  readonly pattern: string;
}

/** What the frame walk decided for one normalised frame. */
export type FrameDecision =
  | 'before-sentinel' // skipped because a sentinel appears further down the stack
  | 'sentinel' // the walk starts here
  | 'empty' // normalised to the empty string
  | 'irrelevant'
  | 'dll-dedupe' // same module-ish frame as the previous signature part
  | 'prefix' // added, and the walk goes on
  | 'stop' // added, and the walk ends
  | 'not-reached'; // after the walk ended (or beyond the frame limit)

export interface FrameTrace {
  /** Position among the normalised frames (inlines count as frames). */
  readonly index: number;
  /** Index of the stack frame this came from; inlines share their frame's index. */
  readonly frameIndex: number;
  readonly inline: boolean;
  /** The frame (or inline) fields that went into normalisation. */
  readonly raw: {
    readonly module?: unknown;
    readonly function?: unknown;
    readonly file?: unknown;
    readonly line?: unknown;
    readonly offset?: unknown;
    readonly module_offset?: unknown;
  };
  readonly normalized: string;
  readonly decision: FrameDecision;
  /** For decisions a siglist line made (sentinel, irrelevant, prefix, and the line-number list). */
  readonly match?: SiglistMatch;
  /** On the frame the walk started at: the sentinel line that put it there. */
  readonly sentinelMatch?: SiglistMatch;
  /** Set when `signatures_with_line_numbers_re` appended the line number. */
  readonly lineNumberMatch?: SiglistMatch;
}

export interface RuleTrace {
  /** Upstream class name, e.g. `SigTruncate`. */
  readonly rule: string;
  /** Whether the predicate held (and so the action ran). */
  readonly fired: boolean;
  readonly signatureBefore: string;
  readonly signatureAfter: string;
  /** Notes this rule added. */
  readonly notes: readonly string[];
  /** Message of an exception the rule raised (it also becomes a note). */
  readonly error?: string;
  /** The frame walk, for rules that walked a stack. */
  readonly frames?: readonly FrameTrace[];
  /** Which crashing thread the walk used, when it walked one. */
  readonly thread?: number;
}

export interface SignatureExtra {
  readonly proto_signature?: string;
  readonly normalized_frames?: readonly string[];
}

export interface SignatureResult {
  readonly signature: string;
  readonly notes: readonly string[];
  /** Upstream's debug log; empty unless the run was traced (`trace: true`). */
  readonly debugLog: readonly string[];
  readonly extra: SignatureExtra;
  /** Every rule in order and every frame decision; empty unless the run was traced. */
  readonly trace: readonly RuleTrace[];
}
