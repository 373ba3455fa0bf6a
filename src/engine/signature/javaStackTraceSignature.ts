import { pyLen, pySplitLines, pyStrip } from '../python/pyText.ts';

export interface ToolOutput {
  readonly signature: string;
  readonly notes: readonly string[];
}

const MAX_LENGTH = 255;
// Python's \d is any Unicode decimal digit; `$` also allows a final newline.
const LINE_NUMBER = /\.java:\p{Nd}+\)(?=\n?$)/u;
const HEX_ADDRESS = /@[0-9a-f]{8}/g;
const NOT_EXPECTED: ToolOutput = {
  signature: 'EMPTY: Java stack trace not in expected format',
  notes: ['JavaSignatureTool: stack trace not in expected format'],
};

function joinNonEmpty(delimiter: string, parts: readonly string[]): string {
  return parts.filter(Boolean).join(delimiter);
}

/**
 * Signature from a Java stack trace's first two lines: exception class,
 * description (object addresses masked) and the throwing method (line number
 * dropped, since it changes between builds).
 */
export function javaStackTraceSignature(source: unknown): ToolOutput {
  if (typeof source !== 'string') return NOT_EXPECTED;
  const lines = pySplitLines(source).map((line) => pyStrip(line));
  if (lines.length === 0) return NOT_EXPECTED;

  const notes: string[] = [];
  const first = lines[0] as string;
  let exceptionClass: string;
  let description: string;
  const colon = first.indexOf(':');
  if (colon === -1) {
    exceptionClass = first;
    description = '';
    notes.push('JavaSignatureTool: stack trace line 1 is not in the expected format');
  } else {
    exceptionClass = pyStrip(first.slice(0, colon));
    description = pyStrip(first.slice(colon + 1).replace(HEX_ADDRESS, '@<addr>'));
  }

  let method = '';
  if (lines.length < 2) {
    notes.push('JavaSignatureTool: stack trace line 2 is missing');
  } else {
    method = (lines[1] as string).replace(LINE_NUMBER, '.java)');
    if (!method) notes.push('JavaSignatureTool: stack trace line 2 is empty');
  }

  // bug 865142: the colon between description and method was once lost unless
  // the description ended in an address; signatures keep that quirk.
  let signature = description.endsWith('<addr>')
    ? joinNonEmpty(': ', [exceptionClass, description, method])
    : joinNonEmpty(': ', [exceptionClass, joinNonEmpty(' ', [description, method])]);

  if (pyLen(signature) > MAX_LENGTH) {
    signature = `${exceptionClass}: ${method}`;
    notes.push('JavaSignatureTool: dropped Java exception description due to length');
  }
  return { signature, notes };
}
