import type { Rule } from './Rule.ts';
import { SignatureGenerationRule } from './SignatureGenerationRule.ts';
import { StackwalkerErrorSignatureRule } from './StackwalkerErrorSignatureRule.ts';
import { BadHardware } from './BadHardware.ts';
import { OOMSignature } from './OOMSignature.ts';
import { AbortSignature } from './AbortSignature.ts';
import { SignatureShutdownTimeout } from './SignatureShutdownTimeout.ts';
import { SignatureRunWatchDog } from './SignatureRunWatchDog.ts';
import { SignatureIPCChannelError } from './SignatureIPCChannelError.ts';
import { SignatureIPCMessageName } from './SignatureIPCMessageName.ts';
import { StackOverflowSignature } from './StackOverflowSignature.ts';
import { HungProcess } from './HungProcess.ts';
import { SigPrintableCharsOnly } from './SigPrintableCharsOnly.ts';
import { SigFixWhitespace } from './SigFixWhitespace.ts';
import { SigTruncate } from './SigTruncate.ts';

export type { Rule, RuleContext, RuleOutput } from './Rule.ts';

/** Upstream's DEFAULT_RULESET, in its order: each rule sees the signature the previous ones left. */
export const DEFAULT_RULESET: readonly Rule[] = [
  SignatureGenerationRule,
  StackwalkerErrorSignatureRule,
  BadHardware,
  OOMSignature,
  AbortSignature,
  SignatureShutdownTimeout,
  SignatureRunWatchDog,
  SignatureIPCChannelError,
  SignatureIPCMessageName,
  StackOverflowSignature,
  HungProcess,
  // These clean-ups must stay last, in this order, so nothing undoes them.
  SigPrintableCharsOnly,
  SigFixWhitespace,
  SigTruncate,
];
