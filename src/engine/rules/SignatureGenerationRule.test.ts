import { describe, expect, it } from 'vitest';
import { compileSiglists } from '../siglists/compileSiglists.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { createThreadLister } from '../frames/threadFrames.ts';
import { INITIAL_STATE } from '../signatureState.ts';
import { SignatureGenerationRule } from './SignatureGenerationRule.ts';
import { SignatureRunWatchDog } from './SignatureRunWatchDog.ts';
import type { RuleContext } from './Rule.ts';

const siglists = compileSiglists(siglistTexts({
  'irrelevant_signature_re.txt': 'KiFastSystemCallRet\nWaitForSingleObject',
  'prefix_signature_re.txt': 'NtWaitForSingleObject',
}));
const context: RuleContext = { siglists, listFrames: createThreadLister(siglists.lineNumbers), explain: true };
const run = (crash: Record<string, unknown>) => SignatureGenerationRule.action(crash, INITIAL_STATE, context);

const windowsStack = {
  os: 'Windows NT',
  crashing_thread: 1,
  threads: [
    { frames: [{ function: 'main' }] },
    {
      frames: [
        { function: 'KiFastSystemCallRet', module: 'ntdll.dll' },
        { function: 'NtWaitForSingleObject', module: 'ntdll.dll' },
        { function: 'nsThread::ProcessNextEvent(bool, bool*)', module: 'xul.dll' },
        { module: 'XUL.DLL' },
      ],
    },
  ],
};

describe('SignatureGenerationRule', () => {
  it('walks the crashing thread and records the proto signature', () => {
    const output = run(windowsStack);
    expect(output.state.signature).toBe('NtWaitForSingleObject | nsThread::ProcessNextEvent');
    expect(output.state.extra).toEqual({
      proto_signature: 'KiFastSystemCallRet | NtWaitForSingleObject | nsThread::ProcessNextEvent | xul.dll',
      normalized_frames: ['KiFastSystemCallRet', 'NtWaitForSingleObject', 'nsThread::ProcessNextEvent', 'xul.dll'],
    });
    expect(output.thread).toBe(1);
    expect(output.frames?.map((f) => f.decision)).toEqual(['irrelevant', 'prefix', 'stop', 'not-reached']);
    expect(output.frames?.[0]?.match).toEqual({ file: 'irrelevant_signature_re.txt', line: 1, pattern: 'KiFastSystemCallRet' });
  });

  it('uses thread 0 when the crashing thread is unusable', () => {
    expect(run({ ...windowsStack, crashing_thread: 'x1' }).state.signature).toBe('main');
    expect(run({ ...windowsStack, crashing_thread: null }).state.signature).toBe('main');
  });

  it('counts a negative crashing thread from the end, as Python indexing does', () => {
    expect(run({ ...windowsStack, crashing_thread: -1 }).thread).toBe(-1);
    expect(run({ ...windowsStack, crashing_thread: -1 }).state.signature).toBe('NtWaitForSingleObject | nsThread::ProcessNextEvent');
  });

  it('prefers the Java stack trace, then the Java exception', () => {
    const java = { java_stack_trace: 'java.lang.Error: x\n at A.b(A.java:1)', java_exception: { exception: { values: [] } } };
    expect(run({ ...windowsStack, ...java }).state.signature).toBe('java.lang.Error: x at A.b(A.java)');
    expect(run({ ...windowsStack, java_exception: { exception: { values: [] } } }).state.signature).toBe(
      'EMPTY: Java exception not in expected format',
    );
  });

  it('fails with upstream\'s message when an unloaded-modules dict is indexed', () => {
    expect(() => run({ threads: [{ frames: [{ unloaded_modules: { a: 1 } }] }] })).toThrow(
      "'Result' object has no attribute 'note'",
    );
  });

  it('never mutates the crash', () => {
    const crash = structuredClone(windowsStack);
    run(deepFreeze(crash));
    expect(crash).toEqual(windowsStack);
  });
});

describe('SignatureRunWatchDog', () => {
  it('re-signs from thread 0 and prefixes shutdownhang', () => {
    const crash = { ...windowsStack, crashing_thread: 1 };
    const state = { ...INITIAL_STATE, signature: 'mozilla::(anonymous namespace)::RunWatchdog' };
    expect(SignatureRunWatchDog.predicate(crash, state, context)).toBe(true);
    const output = SignatureRunWatchDog.action(deepFreeze(crash), state, context);
    expect(output.state.signature).toBe('shutdownhang | main');
    expect(output.thread).toBe(0);
    expect(crash.crashing_thread).toBe(1);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
