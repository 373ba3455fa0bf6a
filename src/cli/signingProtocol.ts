import type { SignatureResult, SiglistTexts } from '../engine/index.ts';

/** What the main thread sends the signing worker. */
export interface SigningRequest {
  readonly id: number;
  readonly crash: unknown;
  /** Lists to sign this crash and the next ones with, instead of the current ones. */
  readonly texts?: SiglistTexts;
  /** Build the trace and debug log (off: faster). */
  readonly trace: boolean;
}

/** What the signing worker answers, one reply per request, in order. */
export type SigningReply =
  | { readonly ready: true; readonly id?: undefined }
  | { readonly id: number; readonly result: SignatureResult; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly result?: undefined };
