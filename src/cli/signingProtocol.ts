import type { SignatureResult, SiglistTexts, SignifyOptions } from '../engine/index.ts';

/** What the main thread sends the signing worker. */
export interface SigningRequest {
  readonly id: number;
  /** A crash (crash data) to sign; the reply carries its SignatureResult. */
  readonly crash?: unknown;
  /** Or one input's JSON text, read and signed as `signify` does; the reply carries the output's JSON text. */
  readonly json?: string;
  /** How to read and answer `json`. */
  readonly signify?: SignifyOptions;
  /** Lists to sign this crash and the next ones with, instead of the current ones. */
  readonly texts?: SiglistTexts;
  /** Build the trace and debug log (off: faster). */
  readonly trace: boolean;
}

/** The answer to a `json` request: signify's output as JSON text, and whether it is an error. */
export interface SignedJson {
  readonly output: string;
  readonly failed: boolean;
}

/** What the signing worker answers, one reply per request, in order. */
export type SigningReply =
  | { readonly ready: true; readonly id?: undefined }
  | { readonly id: number; readonly result: SignatureResult; readonly error?: undefined; readonly signed?: undefined }
  | { readonly id: number; readonly signed: SignedJson; readonly error?: undefined; readonly result?: undefined }
  | { readonly id: number; readonly error: string; readonly result?: undefined; readonly signed?: undefined };
