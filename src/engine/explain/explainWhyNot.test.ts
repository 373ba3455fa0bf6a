import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, type CrashData, type SiglistFile } from '../index.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { explainWhyNot, type TracedFrame, type WhyNotQuestion } from './explainWhyNot.ts';
import { explainPythonRegex } from './explainPythonRegex.ts';
import { frameSymbol, normalizeTypedFrame } from './frameSymbol.ts';

const texts = siglistTexts({
  'irrelevant_signature_re.txt': 'KiUserExceptionDispatcher\nmozalloc_abort\nmoz(?:_|alloc).*',
  'prefix_signature_re.txt': 'moz_xmalloc\nnsTArray_base<T>::EnsureCapacity\nmozilla::ipc::MessageChannel::',
  'signature_sentinels.txt': 'mozilla::detail::MutexImpl::lock',
  'signatures_with_line_numbers_re.txt': 'js_Interpret',
});
const generator = createGenerator(compileSiglists(texts));
const frames = (...functions: string[]) => ({ crashing_thread: 0, threads: [{ frames: functions.map((fn) => ({ function: fn, module: 'xul.dll' })) }] });

/** A traced frame of the crash, by index. */
function traced(crash: CrashData, index: number): TracedFrame {
  const rule = generator.generate(crash, { trace: true }).trace[0];
  const all = rule?.frames ?? [];
  return { frame: all[index] as NonNullable<(typeof all)[number]>, frames: all, ...(rule?.walk ? { walk: rule.walk } : {}) };
}

function ask(file: SiglistFile, line: number, pattern: string, frame: TracedFrame, extra: Partial<WhyNotQuestion> = {}) {
  return explainWhyNot({ file, line, pattern, frame: frame.frame.normalized, raw: frame.frame.raw.function as string, symbol: frameSymbol(frame.frame), traced: frame, ...extra });
}

const codes = (answer: ReturnType<typeof explainWhyNot>) => answer.reasons.map((reason) => reason.code);

describe('explainWhyNot', () => {
  const crash = frames('KiUserExceptionDispatcher', 'mozilla::ipc::MessageChannel::Send(IPC::Message*)', 'nsThread::ProcessNextEvent(bool, bool*)', 'NS_ProcessNextEvent(nsIThread*, bool)');

  it('says the pattern is anchored at the start when it matches later in the frame', () => {
    const answer = ask('irrelevant_signature_re.txt', 4, 'ProcessNextEvent', traced(crash, 2));
    expect(answer.matches).toBe(false);
    expect(codes(answer)[0]).toBe('anchored-at-start');
    expect(answer.reasons[0]?.text).toContain('character 10');
  });

  it('says the pattern was written against the raw name when only the raw name matches', () => {
    const answer = ask('prefix_signature_re.txt', 4, 'nsThread::ProcessNextEvent\\(bool', traced(crash, 2));
    expect(codes(answer)).toContain('raw-name');
    expect(answer.reasons.find((reason) => reason.code === 'raw-name')?.text).toContain('arguments dropped');
  });

  it('says where a failed match stops, and when the frame ends before the pattern does', () => {
    const ends = ask('prefix_signature_re.txt', 4, 'nsThread::ProcessNextEvent::Inner', traced(crash, 2));
    expect(ends.stop).toEqual({ at: 'nsThread::ProcessNextEvent'.length, part: ':' });
    expect(codes(ends)).toContain('frame-ends-early');
    const differs = ask('prefix_signature_re.txt', 4, 'nsThread::Process[0-9]+', traced(crash, 2));
    expect(differs.stop).toEqual({ at: 'nsThread::Process'.length, part: '[0-9]+' });
    expect(differs.reasons.find((reason) => reason.code === 'mismatch')?.text).toContain('"NextEvent"');
  });

  it('says the walk never reached a frame after the frame it stopped at', () => {
    const answer = ask('prefix_signature_re.txt', 4, 'NS_ProcessNextEvent', traced(crash, 3));
    expect(answer.matches).toBe(true);
    expect(codes(answer)).toEqual(['not-reached']);
    expect(answer.reasons[0]?.text).toContain('frame 2 ("nsThread::ProcessNextEvent")');
  });

  it('says a sentinel started the walk later', () => {
    const locked = frames('NtWaitForAlertByThreadId', 'mozilla::detail::MutexImpl::lock()', 'mozilla::Mutex::Lock()');
    const answer = ask('irrelevant_signature_re.txt', 4, 'NtWait', traced(locked, 0));
    expect(codes(answer)).toEqual(['before-sentinel']);
    expect(answer.reasons[0]?.text).toContain('signature_sentinels.txt line 1');
  });

  it('says an earlier line of the same list matched first', () => {
    const answer = ask('irrelevant_signature_re.txt', 3, 'moz(?:_|alloc).*', traced(frames('mozalloc_abort', 'main'), 0));
    expect(answer.matches).toBe(true);
    expect(codes(answer)).toEqual(['earlier-line']);
  });

  it('says the irrelevant list dropped the frame before the prefix list was tried', () => {
    const answer = ask('prefix_signature_re.txt', 1, 'moz_xmalloc', traced(frames('moz_xmalloc', 'main'), 0));
    expect(codes(answer)).toEqual(['other-test-first']);
    expect(answer.reasons[0]?.text).toContain('irrelevant_signature_re.txt line 3');
  });

  it('says when the line is the one that decided the frame', () => {
    const answer = ask('prefix_signature_re.txt', 3, 'mozilla::ipc::MessageChannel::', traced(crash, 1));
    expect(answer).toMatchObject({ matches: true, matchEnd: 'mozilla::ipc::MessageChannel::'.length });
    expect(codes(answer)).toEqual(['decided']);
  });

  it('compares sentinels as whole names, not patterns', () => {
    const answer = ask('signature_sentinels.txt', 1, 'mozilla::ipc::MessageChannel', traced(crash, 1));
    expect(answer).toMatchObject({ matches: false, comparison: 'whole name' });
    expect(answer.reasons[0]?.text).toContain('the frame goes on after it with "::Send"');
  });

  it('tries the line-number list on the collapsed symbol, and never on frames without one', () => {
    const answer = ask('signatures_with_line_numbers_re.txt', 1, 'nsThread::ProcessNextEvent$', traced(crash, 2));
    expect(answer).toMatchObject({ subject: 'nsThread::ProcessNextEvent', matches: true });
    const noSymbol = explainWhyNot({ file: 'signatures_with_line_numbers_re.txt', line: 1, pattern: 'xul', frame: 'xul.dll', symbol: null });
    expect(codes(noSymbol)).toEqual(['no-symbol']);
    expect(noSymbol.matches).toBe(false);
  });

  it('refuses an invalid line with Python\'s reason', () => {
    const answer = explainWhyNot({ file: 'irrelevant_signature_re.txt', line: 1, pattern: 'foo(', frame: 'foo' });
    expect(answer.reasons).toEqual([{ code: 'invalid-line', text: 'The line is left out of the run: missing ), unterminated subpattern at position 3.' }]);
  });

  it('normalises a typed name the way the engine would, before matching', () => {
    const typed = normalizeTypedFrame('static void mozilla::dom::Foo<int>::Bar(int) const', texts['signatures_with_line_numbers_re.txt']);
    expect(typed).toMatchObject({ normalized: 'mozilla::dom::Foo<T>::Bar', symbol: 'mozilla::dom::Foo<T>::Bar' });
    const answer = explainWhyNot({ file: 'prefix_signature_re.txt', line: 1, pattern: 'mozilla::dom::Foo<int>', frame: typed.normalized, raw: 'static void mozilla::dom::Foo<int>::Bar(int) const' });
    expect(codes(answer)).toContain('mismatch');
  });
});

describe('explainPythonRegex', () => {
  it('explains a pattern part by part in Python re terms', () => {
    const explained = explainPythonRegex('mozilla::ipc::.*Channel\\d?$');
    expect(explained.ok && explained.parts.map((part) => [part.source, part.meaning])).toEqual([
      ['mozilla::ipc::', 'The text "mozilla::ipc::", exactly (case matters).'],
      ['.*', 'The part before, zero or more times, as many times as possible, giving back only if the rest fails (greedy).'],
      ['Channel', 'The text "Channel", exactly (case matters).'],
      ['\\d?', 'The part before, optionally (zero or one time), as many times as possible, giving back only if the rest fails (greedy).'],
      ['$', 'End of the text (or just before a newline that ends it): the frame may not go on after this point.'],
    ]);
  });

  it('explains alternatives and groups with the parts inside them', () => {
    const explained = explainPythonRegex('(?:NS_|ns)[A-Z]\\w+');
    expect(explained.ok && explained.parts[0]?.parts?.[0]?.parts?.map((part) => part.source)).toEqual(['NS_', 'ns']);
    expect(explained.ok && explained.parts[1]?.meaning).toBe('One character: "A" to "Z".');
  });
});
