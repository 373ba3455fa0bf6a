import type { FrameDecision, NormalizationKind } from '../../engine/types.ts';

/** What an example crash is there to show, checked against the engine by exampleClaims.test.ts. */
export interface ExampleClaim {
  /** One sentence on what it shows. */
  readonly shows: string;
  /** Rules whose condition holds for it and that change its signature (with the stock lists). */
  readonly rules: readonly string[];
  /** Frame decisions its walk makes. */
  readonly frames?: readonly FrameDecision[];
  /** How its walk ends: every frame dropped (fall-back), or frames left unread past the 40-frame limit. */
  readonly walk?: readonly ('fallback' | 'frame-limit')[];
  readonly normalization?: readonly NormalizationKind[];
}

/** By example crash id (see exampleCrashes.ts). */
export const EXAMPLE_CLAIMS: Readonly<Record<string, ExampleClaim>> = {
  'e0000001-0000-4000-8000-00000a261125': {
    shows: 'A small allocation failed: every such crash is "OOM | small"; its frames are all irrelevant, so the walk falls back to the first.',
    rules: ['SignatureGenerationRule', 'OOMSignature'],
    frames: ['irrelevant'],
    walk: ['fallback'],
    normalization: ['templates-collapsed', 'arguments-dropped'],
  },
  'e0000002-0000-4000-8000-00000a261125': {
    shows: 'A large allocation failed: "OOM | large" keeps the frames.',
    rules: ['SignatureGenerationRule', 'OOMSignature'],
    frames: ['prefix', 'irrelevant', 'stop', 'not-reached'],
  },
  'e0000003-0000-4000-8000-00000a261125': {
    shows: 'A shutdown hang: the watchdog thread crashed it, so the signature comes from thread 0, where every frame is dropped and the walk falls back to the first.',
    rules: ['SignatureGenerationRule', 'SignatureRunWatchDog'],
    frames: ['stop', 'irrelevant'],
    walk: ['fallback'],
  },
  'e0000004-0000-4000-8000-00000a261125': {
    shows: 'An abort: its message goes in front, without the file name.',
    rules: ['SignatureGenerationRule', 'AbortSignature'],
    frames: ['irrelevant', 'prefix', 'stop'],
  },
  'e0000005-0000-4000-8000-00000a261125': {
    shows: 'An IPC channel error replaces the signature; the browser minidump says which process.',
    rules: ['SignatureGenerationRule', 'SignatureIPCChannelError'],
  },
  'e0000006-0000-4000-8000-00000a261125': {
    shows: 'A crash while handling an IPC message gets the message name appended.',
    rules: ['SignatureGenerationRule', 'SignatureIPCMessageName'],
    normalization: ['qualifier-dropped', 'arguments-dropped'],
  },
  'e0000007-0000-4000-8000-00000a261125': { shows: 'A Java crash signed from its text stack trace.', rules: ['SignatureGenerationRule'] },
  'e0000008-0000-4000-8000-00000a261125': { shows: 'A Java crash signed from its structured exception.', rules: ['SignatureGenerationRule'] },
  'e0000009-0000-4000-8000-00000a261125': {
    shows: 'A Rust panic: a sentinel starts the walk at the panic; Rust hashes are dropped.',
    rules: ['SignatureGenerationRule'],
    frames: ['before-sentinel', 'irrelevant', 'stop'],
    normalization: ['rust-hash-dropped'],
  },
  'e000000a-0000-4000-8000-00000a261125': {
    shows: 'Prefix frames keep the walk going until the signature is too long and is cut at 255 characters.',
    rules: ['SignatureGenerationRule', 'SigTruncate'],
    frames: ['prefix', 'stop'],
  },
  'e000000b-0000-4000-8000-00000a261125': {
    shows: 'No frames at all: the EMPTY signature gets the stackwalker\'s status.',
    rules: ['SignatureGenerationRule', 'StackwalkerErrorSignatureRule'],
  },
  'e000000c-0000-4000-8000-00000a261125': { shows: 'A disk that returned bad data: "bad hardware" in front.', rules: ['SignatureGenerationRule', 'BadHardware'], frames: ['stop'] },
  'e000000d-0000-4000-8000-00000a261125': {
    shows: 'An async shutdown timeout: the phase and the blockers that never finished (sorted) replace the stack.',
    rules: ['SignatureGenerationRule', 'SignatureShutdownTimeout'],
  },
  'e000000e-0000-4000-8000-00000a261125': {
    shows: 'A stack overflow: "stackoverflow" in front; a JIT address frame is irrelevant, and the recursion runs past the 40 frames the walk reads.',
    rules: ['SignatureGenerationRule', 'StackOverflowSignature'],
    frames: ['irrelevant', 'stop', 'not-reached'],
    walk: ['frame-limit'],
    normalization: ['offset', 'arguments-dropped'],
  },
  'e000000f-0000-4000-8000-00000a261125': { shows: 'A user-interface hang report: "hang: ui" in front.', rules: ['SignatureGenerationRule', 'HungProcess'], frames: ['prefix', 'irrelevant', 'stop'] },
  'e0000010-0000-4000-8000-00000a261125': {
    shows: 'Every frame is irrelevant (one is empty): the signature falls back to the first frame.',
    rules: ['SignatureGenerationRule'],
    frames: ['irrelevant', 'empty'],
    walk: ['fallback'],
    normalization: ['nothing-to-show'],
  },
  'e0000011-0000-4000-8000-00000a261125': {
    shows: 'Frames without symbols are their module; a module repeated right after itself is dropped.',
    rules: ['SignatureGenerationRule'],
    frames: ['prefix', 'dll-dedupe', 'stop'],
    normalization: ['module'],
  },
  'e0000012-0000-4000-8000-00000a261125': {
    shows: 'signatures_with_line_numbers_re.txt keeps this frame\'s line number.',
    rules: ['SignatureGenerationRule'],
    frames: ['stop'],
    normalization: ['line-number-appended'],
  },
  'e0000013-0000-4000-8000-00000a261125': {
    shows: 'A sentinel: the walk starts at _purecall, skipping the frames above it, and keeps it.',
    rules: ['SignatureGenerationRule'],
    frames: ['before-sentinel', 'sentinel', 'stop'],
  },
  'e0000014-0000-4000-8000-00000a261125': {
    shows: 'The clean-up rules: characters that are not printable ASCII are removed, and runs of spaces squeezed.',
    rules: ['SignatureGenerationRule', 'SigPrintableCharsOnly', 'SigFixWhitespace'],
  },
};
