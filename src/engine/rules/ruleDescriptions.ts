/** Plain-words explanations of each rule, for people learning how signatures come about. */
export const RULE_DESCRIPTIONS: readonly { readonly name: string; readonly summary: string }[] = [
  {
    name: 'SignatureGenerationRule',
    summary:
      'Builds the base signature. Java crashes use the first lines of the Java stack trace (or the structured Java exception). ' +
      'Everything else walks the crashing thread: the top 40 frames (inlined functions count) are normalised — templates become <T>, ' +
      'arguments and return types are dropped, frames without symbols become file#line, module or @offset. The walk starts at the first ' +
      'frame listed in signature_sentinels.txt (if any), skips frames matching irrelevant_signature_re.txt, keeps going past frames matching ' +
      'prefix_signature_re.txt, and stops after the first frame that is neither. Kept frames are joined with " | ".',
  },
  {
    name: 'StackwalkerErrorSignatureRule',
    summary: 'When no signature could be made ("EMPTY: ..."), appends the minidump stackwalker\'s status so the reason shows.',
  },
  { name: 'BadHardware', summary: 'Crashes whose reason says the device returned bad data get "bad hardware | " in front.' },
  {
    name: 'OOMSignature',
    summary:
      'Out-of-memory crashes (an allocation size was recorded, an OOM function is in the signature, or the OS reported memory exhaustion) ' +
      'become "OOM | small" when a small allocation failed (≤ 256 KiB: the machine simply ran out), else "OOM | large | <signature>" ' +
      'or "OOM | unknown | <signature>".',
  },
  {
    name: 'AbortSignature',
    summary:
      'Crashes with an abort message put the message in front: "Abort | <message> | <signature>". File names, line numbers and ' +
      'localised text are cut, and long messages are shortened to 80 characters.',
  },
  {
    name: 'SignatureShutdownTimeout',
    summary:
      'Async shutdown timeouts replace the signature with "AsyncShutdownTimeout | <phase> | <blockers>", because the stack of the ' +
      'thread that was killed says nothing about which shutdown blocker never finished.',
  },
  {
    name: 'SignatureRunWatchDog',
    summary:
      'Shutdown hangs are killed on purpose by a watchdog; the interesting stack is the main thread\'s, so the signature is rebuilt from ' +
      'thread 0 and prefixed with "shutdownhang | ".',
  },
  {
    name: 'SignatureIPCChannelError',
    summary:
      'Processes killed because of an IPC channel error get "IPCError-browser | <error>" or "IPCError-content | <error>" instead of ' +
      'their stack, by which process\'s minidump was sent.',
  },
  { name: 'SignatureIPCMessageName', summary: 'Appends "IPC_Message_Name=<name>" when the crash happened while handling an IPC message.' },
  { name: 'StackOverflowSignature', summary: 'Stack overflows get "stackoverflow | " in front.' },
  { name: 'HungProcess', summary: 'Hang reports get "hang: <type> | " in front.' },
  { name: 'SigPrintableCharsOnly', summary: 'Removes characters that are not printable ASCII, and trims the ends.' },
  { name: 'SigFixWhitespace', summary: 'Turns any whitespace into single spaces.' },
  { name: 'SigTruncate', summary: 'Cuts signatures longer than 255 characters to 252 and adds "...".' },
];
