import type { SignatureGenerator } from '../createGenerator.ts';
import type { SiglistFile, SiglistTexts, SignatureResult } from '../types.ts';

/**
 * The crashes suggestions work on, by position, as whoever holds them signs
 * them (the worker signs fast-mode crashes from their Super Search hit).
 */
export interface SigningSource {
  readonly size: number;
  /** Signs one crash, untraced; null when it cannot be signed (fast mode needs the full crash). */
  sign(position: number, generator: SignatureGenerator): SignatureResult | null;
  /**
   * The frame texts the engine listed for this crash while signing it with
   * lists over this generator's line-number list (see createFrameRecorder);
   * null when not known, and then every candidate line re-signs it.
   */
  framesRead(position: number, generator: SignatureGenerator): readonly (readonly string[])[] | null;
}

/** A set of siglists as suggestions read it: its texts and a generator over them. */
export interface ListSet {
  readonly texts: SiglistTexts;
  readonly generator: SignatureGenerator;
}

/** The lists a bucket was made with and what each crash signs as with them ('' when unsigned). */
export interface SignedSet extends ListSet {
  readonly signatures: readonly string[];
}

/** A line to append to one siglist. */
export interface CandidateLine {
  readonly file: SiglistFile;
  readonly line: string;
  readonly kind: 'split' | 'merge';
  /** Why it was proposed, in words. */
  readonly why: string;
}

export interface SignatureCount {
  readonly signature: string;
  readonly count: number;
}
