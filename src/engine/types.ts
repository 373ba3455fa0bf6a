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
  /**
   * How the raw fields became `normalized`, one entry per transformation that
   * changed something, in the engine's order. Absent for frames normalised
   * elsewhere (a Super Search `proto_signature`).
   */
  readonly normalization?: readonly NormalizationStep[];
  /** What the walk tested on this frame, in its order (none for frames it never looked at). */
  readonly tests?: readonly WalkTest[];
}

/** One transformation of a frame's normalisation. */
export type NormalizationKind =
  /** bug 1544246: a Rust 1.34 panic function got its module path back from its file. */
  | 'rust-module-restored'
  /** A trailing `const`, `&` or `&&` of a member function. */
  | 'qualifier-dropped'
  /** Everything before the name: return type, `static`, calling convention. */
  | 'return-type-dropped'
  | 'anonymous-namespace-renamed'
  /** bug 1688249: `::$_12::` lambda numbers. */
  | 'lambda-number-dropped'
  | 'templates-collapsed'
  | 'arguments-dropped'
  /** bug 1397926: `[clone .cold.222]`. */
  | 'cold-clone-dropped'
  /** `:line` appended, for a symbol `signatures_with_line_numbers_re.txt` matches. */
  | 'line-number-appended'
  | 'spacing-fixed'
  /** A Rust symbol's `::h0123abcd` hash. */
  | 'rust-hash-dropped'
  // Frames without a function symbol: which field describes them.
  | 'file-line'
  | 'module'
  /** Windows module names are case-insensitive. */
  | 'module-lower-cased'
  /** bug 1926077: `[libc.so.6]`. */
  | 'module-brackets-stripped'
  | 'unloaded-module'
  | 'offset'
  /** No function, file and line, module, unloaded module or offset: the frame is empty. */
  | 'nothing-to-show';

export interface NormalizationStep {
  readonly kind: NormalizationKind;
  /** The text before the step; for the first step of a frame without a symbol, the field it reads. */
  readonly before: string;
  readonly after: string;
  /** The `signatures_with_line_numbers_re.txt` line, for `line-number-appended`. */
  readonly match?: SiglistMatch;
}

/** One test the frame walk made on a frame, with its outcome. */
export type WalkTest =
  /** Looking for the first sentinel (every frame up to the first one found). */
  | { readonly test: 'sentinel'; readonly match: SiglistMatch | null }
  | { readonly test: 'empty'; readonly held: boolean }
  | { readonly test: 'irrelevant'; readonly match: SiglistMatch | null }
  /** The same module-like frame as the part kept just before it. */
  | { readonly test: 'repeated-module'; readonly held: boolean }
  | { readonly test: 'prefix'; readonly match: SiglistMatch | null };

/** The frame walk as a whole: where it started, why it ended, and any fall-back. */
export interface WalkSummary {
  /** Index of the first frame walked: 0, or the sentinel frame. */
  readonly start: number;
  /** The frame that was not a prefix, where the walk stopped; absent when it ran out of frames. */
  readonly stoppedAt?: number;
  /**
   * Whether the stack had more frames than the 40 the walk considers (those
   * were never read); `unknown` for frames given from `proto_signature`.
   */
  readonly frameLimit: 'reached' | 'not-reached' | 'unknown';
  /** Every frame was dropped: the signature is this frame's text (the walk's first, the sentinel when there is one). */
  readonly fallbackIndex?: number;
  /** The frames came normalised from elsewhere (a Super Search `proto_signature`). */
  readonly framesGiven?: boolean;
}

/** A crash field (or the signature so far) a rule read, and the test it made on it. */
export interface RuleCheck {
  /** A crash field (`oom_allocation_size`, `threads[0].last_error_value`) or `signature`, the signature so far. */
  readonly field: string;
  /** The value read, as JSON (cut when long), or `(missing)`. */
  readonly value: string;
  /** The test, in words: `is set`, `≤ 262144`, `contains "RunWatchdog"`. */
  readonly test: string;
  readonly held: boolean;
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
  /** The walk as a whole, for rules that walked a stack. */
  readonly walk?: WalkSummary;
  /** The tests of the rule's condition, in the order it made them (it stops at the first that decides). */
  readonly condition?: readonly RuleCheck[];
  /** The tests the action made to choose what to do (which branch, which form of the signature). */
  readonly decisions?: readonly RuleCheck[];
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
