import type { SignatureResult, SignifyOptions, SiglistTexts } from '../engine/index.ts';

/** What the main thread sends the signing worker. */
export interface SigningRequest {
  readonly id: number;
  /** The crash data, or with `signify` the JSON text of an input, which the worker reads and answers as signify does. */
  readonly crash: unknown;
  readonly signify?: SignifyOptions;
  /** Lists to sign this crash and the next ones with, instead of the current ones. */
  readonly texts?: SiglistTexts;
  /** Build the trace and debug log (off: faster). */
  readonly trace: boolean;
}

/** What the signing worker answers, one reply per request, in order. */
export type SigningReply =
  | { readonly ready: true; readonly id?: undefined }
  | { readonly id: number; readonly result: SignatureResult; readonly error?: undefined; readonly json?: undefined }
  | { readonly id: number; readonly error: string; readonly result?: undefined; readonly json?: undefined }
  /** For a `signify` request: signify's answer as its JSON text (a string crosses threads cheaply; objects are cloned). */
  | { readonly id: number; readonly json: string; readonly result?: undefined; readonly error?: undefined };
