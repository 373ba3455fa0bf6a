import type { FrameTrace, SiglistFile, SiglistMatch, WalkSummary } from '../types.ts';
import { emitJsRegex } from '../siglists/emitJsRegex.ts';
import type { RegexNode } from '../siglists/pythonRegexAst.ts';
import { explainPythonRegex, printPythonRegex, type RegexExplanation } from './explainPythonRegex.ts';
import { compilePattern, pythonMatchEnd, pythonSearch } from './pythonMatch.ts';

/** A frame picked from a trace: its record and the walk it was part of. */
export interface TracedFrame {
  readonly frame: FrameTrace;
  readonly frames: readonly FrameTrace[];
  readonly walk?: WalkSummary;
}

export interface WhyNotQuestion {
  readonly file: SiglistFile;
  readonly line: number;
  /** The line's text (a pattern; for sentinels, a whole frame name). */
  readonly pattern: string;
  /** Why the lists left the line out, when they did (invalid pattern, over a limit). */
  readonly lineError?: string;
  /** The frame as the walk sees it: normalised. */
  readonly frame: string;
  /** The frame's raw function name, when known: patterns are often written against it. */
  readonly raw?: string;
  /** The collapsed symbol `signatures_with_line_numbers_re.txt` is matched against (null: the frame has no symbol). */
  readonly symbol?: string | null;
  /** The frame in its trace, when picked from one: tells whether the walk ever tried this line on it. */
  readonly traced?: TracedFrame;
}

export type WhyNotCode =
  | 'decided'
  | 'invalid-line'
  | 'sentinel-whole-name'
  | 'anchored-at-start'
  | 'raw-name'
  | 'frame-ends-early'
  | 'mismatch'
  | 'no-symbol'
  | 'not-reached'
  | 'before-sentinel'
  | 'earlier-sentinel'
  | 'earlier-line'
  | 'other-test-first';

export interface WhyNotReason {
  readonly code: WhyNotCode;
  readonly text: string;
}

/** Where a failed `re.match` gets to: the parts that match from the start, and the part that cannot follow. */
export interface MatchStop {
  /** Characters of the subject the matching parts cover. */
  readonly at: number;
  /** The part (in Python syntax) that cannot match at `at`. */
  readonly part: string;
}

export interface WhyNotAnswer {
  readonly explanation: RegexExplanation;
  /** What the line is compared with: the normalised frame, or the collapsed symbol for the line-number list. */
  readonly subject: string;
  readonly comparison: 're.match' | 'whole name';
  readonly matches: boolean;
  /** Where the match ends, when it matches. */
  readonly matchEnd?: number;
  readonly stop?: MatchStop;
  /** One sentence: does it match, and did it decide the frame. */
  readonly verdict: string;
  /** The reasons, closest first. */
  readonly reasons: readonly WhyNotReason[];
}

const LIST_NAMES: Readonly<Record<SiglistFile, string>> = {
  'irrelevant_signature_re.txt': 'irrelevant',
  'prefix_signature_re.txt': 'prefix',
  'signature_sentinels.txt': 'sentinel',
  'signatures_with_line_numbers_re.txt': 'line-number',
};

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
const lineName = (match: SiglistMatch) => `${match.file} line ${match.line}`;

/** The longest run of a branch's parts that matches at the start, and the part after it. */
function stopOf(root: RegexNode, subject: string): MatchStop | undefined {
  const branches = root.kind === 'alternation' ? root.branches : [[root]];
  let best: MatchStop | undefined;
  for (const items of branches) {
    for (let count = items.length - 1; count >= 0; count--) {
      let end: number | null = null;
      try {
        const source = emitJsRegex({ kind: 'alternation', branches: [items.slice(0, count)] }, 0);
        const found = new RegExp(`^(?:${source})`, 'u').exec(subject);
        end = found ? found[0].length : null;
      } catch {
        // A back-reference to a group past the cut: this prefix cannot be tried alone.
      }
      if (end === null) continue;
      if (!best || end > best.at) best = { at: end, part: printPythonRegex(items[count] as RegexNode) };
      break;
    }
  }
  return best;
}

/** Why the match fails where it does: the frame ends first, or a character differs. */
function stopReason(stop: MatchStop, subject: string): WhyNotReason {
  const matched = stop.at > 0 ? `The pattern matches ${quote(subject.slice(0, stop.at))} from the start, then needs ${quote(stop.part)}` : `The pattern's first part ${quote(stop.part)} does not match at the start`;
  if (stop.at >= subject.length && stop.at > 0) return { code: 'frame-ends-early', text: `${matched}, but the frame ends there.` };
  return { code: 'mismatch', text: `${matched}; the frame has ${quote(subject.slice(stop.at, stop.at + 24))} there.` };
}

/** Reasons from the walk itself: the line may never have been tried on this frame. */
function walkReasons(question: WhyNotQuestion, matches: boolean): WhyNotReason[] {
  const traced = question.traced;
  if (!traced) return [];
  const { frame, frames, walk } = traced;
  const reasons: WhyNotReason[] = [];
  const at = (index: number | undefined) => (index === undefined ? '' : ` at frame ${index} (${quote(frames[index]?.normalized ?? '')})`);
  if (question.file === 'signatures_with_line_numbers_re.txt') return reasons;
  if (frame.decision === 'not-reached') {
    reasons.push({ code: 'not-reached', text: `The walk never looked at this frame: it had stopped earlier${at(walk?.stoppedAt)}, at a frame that is not a prefix.` });
  } else if (frame.decision === 'before-sentinel') {
    const sentinel = walk ? frames[walk.start]?.sentinelMatch : undefined;
    reasons.push({ code: 'before-sentinel', text: `A sentinel started the walk later${at(walk?.start)}${sentinel ? `, by ${lineName(sentinel)}` : ''}: frames above it are skipped before any list is tried.` });
  }
  if (question.file === 'signature_sentinels.txt') {
    if (walk && frame.index > walk.start && frames[walk.start]?.sentinelMatch) {
      reasons.push({ code: 'earlier-sentinel', text: `The sentinel search stops at the first sentinel from the top${at(walk.start)}; this frame comes after it.` });
    }
    return reasons;
  }
  if (frame.decision === 'not-reached' || frame.decision === 'before-sentinel') return reasons;
  const tests = frame.tests ?? [];
  const empty = tests.find((test) => test.test === 'empty' && test.held);
  const irrelevant = tests.find((test) => test.test === 'irrelevant');
  const irrelevantMatch = irrelevant?.test === 'irrelevant' ? irrelevant.match : null;
  const repeated = tests.find((test) => test.test === 'repeated-module' && test.held);
  const own = question.file === 'irrelevant_signature_re.txt' ? irrelevantMatch : (tests.find((test) => test.test === 'prefix') as { match: SiglistMatch | null } | undefined)?.match;
  if (empty) {
    reasons.push({ code: 'other-test-first', text: 'The frame is empty: the walk drops it before trying any list.' });
  } else if (question.file === 'prefix_signature_re.txt' && irrelevantMatch) {
    reasons.push({ code: 'other-test-first', text: `${lineName(irrelevantMatch)} dropped the frame as irrelevant first: the irrelevant list is tried before the prefix list.` });
  } else if (question.file === 'prefix_signature_re.txt' && repeated) {
    reasons.push({ code: 'other-test-first', text: 'The frame was dropped as a repeat of the module frame before it, before the prefix list was tried.' });
  } else if (matches && own && own.line !== question.line && own.line !== 0) {
    reasons.push({ code: 'earlier-line', text: `${lineName(own)} matched first: a list is one alternation tried top to bottom, and the first line that matches decides.` });
  }
  return reasons;
}

/** Whether this line is the one that decided the traced frame. */
function decidedBy(question: WhyNotQuestion): boolean {
  const frame = question.traced?.frame;
  if (!frame) return false;
  const same = (match: SiglistMatch | undefined) => match?.file === question.file && match.line === question.line;
  if (question.file === 'signatures_with_line_numbers_re.txt') return same(frame.lineNumberMatch);
  if (question.file === 'signature_sentinels.txt') return same(frame.sentinelMatch);
  return same(frame.match) || (frame.tests ?? []).some((test) => (test.test === 'prefix' || test.test === 'irrelevant') && same(test.match ?? undefined));
}

const DECIDED_WORDS: Readonly<Record<SiglistFile, string>> = {
  'irrelevant_signature_re.txt': 'the walk dropped it as irrelevant',
  'prefix_signature_re.txt': 'the walk kept it and went on (prefix)',
  'signature_sentinels.txt': 'the walk started at it (sentinel)',
  'signatures_with_line_numbers_re.txt': 'it kept its line number',
};

/**
 * Why a siglist line does (or does not) decide a frame: the pattern part by
 * part, whether it matches the normalised frame with `re.match` (sentinels:
 * the whole name), where a failed match stops, and the closest reasons — the
 * pattern is anchored at the start, it was written against the raw name, the
 * walk never reached the frame, a sentinel started the walk later, another
 * line or test came first.
 */
export function explainWhyNot(question: WhyNotQuestion): WhyNotAnswer {
  const explanation = explainPythonRegex(question.pattern);
  const lineNumbers = question.file === 'signatures_with_line_numbers_re.txt';
  const sentinel = question.file === 'signature_sentinels.txt';
  const subject = lineNumbers ? (question.symbol ?? question.frame) : question.frame;
  const comparison = sentinel ? 'whole name' : 're.match';
  const reasons: WhyNotReason[] = [];
  const invalid = question.lineError ?? (explanation.ok ? (compilePattern(question.pattern).ok ? undefined : (compilePattern(question.pattern) as { message: string }).message) : explanation.message);
  if (invalid !== undefined) {
    reasons.push({ code: 'invalid-line', text: `The line is left out of the run: ${invalid}.` });
    return { explanation, subject, comparison, matches: false, verdict: 'This line takes no part in signing: it is not a usable pattern.', reasons };
  }
  if (lineNumbers && question.symbol === null) {
    reasons.push({ code: 'no-symbol', text: 'The frame has no function symbol: the line-number list is only tried on function symbols.' });
  }
  const matchEnd = sentinel ? (question.pattern === subject ? subject.length : null) : pythonMatchEnd(question.pattern, subject);
  const matches = matchEnd !== null && !(lineNumbers && question.symbol === null);
  let stop: MatchStop | undefined;
  if (!matches && sentinel) {
    const asPattern = pythonMatchEnd(question.pattern, subject);
    const goesOn = subject.startsWith(question.pattern) ? `; the frame goes on after it with ${quote(subject.slice(question.pattern.length))}` : '';
    reasons.push({
      code: 'sentinel-whole-name',
      text: `Sentinels are whole frame names compared exactly, not patterns${goesOn}.${asPattern !== null && !goesOn ? ' Read as a pattern it would match, but sentinels are never read as patterns.' : ''}`,
    });
  } else if (!matches && matchEnd === null) {
    const found = pythonSearch(question.pattern, subject);
    if (found && found.start > 0) {
      reasons.push({
        code: 'anchored-at-start',
        text: `re.match only tries at the start of the frame, and the pattern matches later, at character ${found.start} (${quote(subject.slice(found.start, found.end))}). Start the line with ".*" to match anywhere.`,
      });
    }
    if (question.raw !== undefined && question.raw !== subject && pythonMatchEnd(question.pattern, question.raw) !== null) {
      const steps = question.traced?.frame.normalization?.map((step) => step.kind.replace(/-/g, ' ')) ?? [];
      reasons.push({
        code: 'raw-name',
        text: `It matches the raw name ${quote(question.raw)}, but frames are normalised before the walk${steps.length ? ` (${steps.join(', ')})` : ''}: the walk sees ${quote(subject)}.`,
      });
    }
    if (explanation.ok) {
      stop = stopOf(explanation.root, subject);
      if (stop) reasons.push(stopReason(stop, subject));
    }
  }
  for (const reason of walkReasons(question, matches)) reasons.push(reason);
  const decided = decidedBy(question);
  const list = LIST_NAMES[question.file];
  const what = lineNumbers ? `the symbol ${quote(subject)}` : `the frame ${quote(subject)}`;
  let verdict: string;
  if (decided) {
    reasons.unshift({ code: 'decided', text: `This line decided the frame: ${DECIDED_WORDS[question.file]}.` });
    verdict = `Matches ${what}, and this ${list} line decided it.`;
  } else if (matches) {
    verdict = question.traced ? `Matches ${what}, but did not decide it in this trace.` : `Matches ${what}${sentinel ? '' : ` (re.match covers ${quote(subject.slice(0, matchEnd ?? 0))})`}.`;
  } else {
    verdict = `Does not match ${what}${sentinel ? ' (sentinels must equal the whole frame)' : ' with re.match'}.`;
  }
  return { explanation, subject, comparison, matches, ...(matches && matchEnd !== null ? { matchEnd } : {}), ...(stop ? { stop } : {}), verdict, reasons };
}
