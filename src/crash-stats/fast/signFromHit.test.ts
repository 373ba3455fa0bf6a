import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, EMPTY_SIGLIST_TEXTS } from '../../engine/index.ts';
import { NEEDS_FULL_CRASH, prepareHit, SHUTDOWNHANG_ASSUMPTION, signFromHit, signPreparedHit } from './signFromHit.ts';
import { splitProtoSignature } from './splitProtoSignature.ts';

// Upstream joins a list's lines into one regex, so an empty list matches every frame: keep one line in each.
const lists = (irrelevant = 'neverAFrame', prefix = 'neverAFrame', sentinels = '') =>
  createGenerator(
    compileSiglists({ ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': irrelevant, 'prefix_signature_re.txt': prefix, 'signature_sentinels.txt': sentinels }),
  );
const sign = (hit: Record<string, unknown>, generator = lists(), lineNumberListChanged = false) => signFromHit({ uuid: 'x', ...hit }, generator, { lineNumberListChanged });
const signature = (result: ReturnType<typeof sign>) => (result.status === 'signed' ? result.result.signature : result.reason);

describe('signFromHit', () => {
  it('walks proto_signature with the lists in use', () => {
    const hit = { proto_signature: 'memcpy | nsFoo::Bar | nsBaz::Run', signature: 'memcpy', crashing_thread: 0 };
    expect(signature(sign(hit))).toBe('memcpy');
    expect(signature(sign(hit, lists('memcpy')))).toBe('nsFoo::Bar');
    expect(signature(sign(hit, lists('memcpy', 'nsFoo::.*')))).toBe('nsFoo::Bar | nsBaz::Run');
    expect(signature(sign(hit, lists(undefined, undefined, 'nsBaz::Run')))).toBe('nsBaz::Run');
  });

  it('applies the later rules from the columns', () => {
    expect(signature(sign({ proto_signature: 'moz_xmalloc | f', oom_allocation_size: 100 }))).toBe('OOM | small');
    expect(signature(sign({ proto_signature: 'f', abort_message: 'oops', hang: 'ui', reason: 'EXCEPTION_STACK_OVERFLOW' }))).toBe('hang: ui | stackoverflow | Abort | oops | f');
    expect(signature(sign({ proto_signature: 'f', crashing_thread: 2, last_error_value: 'ERROR_NOT_ENOUGH_MEMORY', signature: 'OOM | unknown | f' }))).toBe('OOM | unknown | f');
    expect(signature(sign({ java_stack_trace: 'java.lang.NullPointerException: x\n\tat org.A.b(A.java:1)' }))).toBe('java.lang.NullPointerException: x at org.A.b(A.java)');
  });

  it('re-walks the same frames for a shutdown hang on thread 0', () => {
    expect(signature(sign({ proto_signature: 'mozilla::(anonymous namespace)::RunWatchdog | f', crashing_thread: 0 }))).toBe('shutdownhang | mozilla::(anonymous namespace)::RunWatchdog');
  });

  it.each([
    [{ proto_signature: 'f', ipc_channel_error: 'ShutDownKill' }, NEEDS_FULL_CRASH.ipc],
    [{ signature: 'EMPTY: no frame data available' }, NEEDS_FULL_CRASH.noFrames],
    [{ proto_signature: 'f | g(int | h', signature: 'f' }, NEEDS_FULL_CRASH.ambiguous],
    [{ proto_signature: 'f', crashing_thread: 3, signature: 'shutdownhang | f' }, NEEDS_FULL_CRASH.shutdownhang],
    [{ proto_signature: 'f', crashing_thread: 3 }, NEEDS_FULL_CRASH.noSignatureColumn],
    [{ proto_signature: 'RunWatchdog', crashing_thread: 3, signature: 'x' }, NEEDS_FULL_CRASH.newShutdownhang],
    [{ proto_signature: 'f', crashing_thread: -1 }, NEEDS_FULL_CRASH.negativeThread],
  ])('refuses %j', (hit, reason) => {
    expect(sign(hit)).toEqual({ status: 'needs-full-crash', reason });
  });

  it('signs a shutdown hang on another thread only when told to trust the stored verdict, and says so', () => {
    const hit = { uuid: 'x', proto_signature: 'KiFastSystemCallRet | nsThread::Wait', crashing_thread: 7, signature: 'shutdownhang | nsThread::Wait' };
    expect(signFromHit(hit, lists('KiFastSystemCallRet'), { lineNumberListChanged: false })).toEqual({ status: 'needs-full-crash', reason: NEEDS_FULL_CRASH.shutdownhang });
    const trusted = signFromHit(hit, lists('KiFastSystemCallRet'), { lineNumberListChanged: false, trustShutdownHang: true });
    expect(trusted).toMatchObject({ status: 'signed', assumption: SHUTDOWNHANG_ASSUMPTION, result: { signature: 'shutdownhang | nsThread::Wait' } });
  });

  it('refuses stacks once the line-number list is edited', () => {
    expect(sign({ proto_signature: 'f' }, lists(), true)).toEqual({ status: 'needs-full-crash', reason: NEEDS_FULL_CRASH.lineNumbers });
  });
});

describe('prepareHit', () => {
  it('a hit prepared once signs with any lists, options and tracing as a fresh one does', () => {
    const hits = [
      { proto_signature: 'memcpy | nsFoo::Bar | nsBaz::Run', signature: 'memcpy', crashing_thread: 0 },
      { proto_signature: 'moz_xmalloc | f', oom_allocation_size: 100 },
      { proto_signature: 'KiFastSystemCallRet | nsThread::Wait', crashing_thread: 7, signature: 'shutdownhang | nsThread::Wait' },
      { proto_signature: 'f | g(int | h', signature: 'f' },
      { proto_signature: 'f', crashing_thread: 3 },
      { proto_signature: 'RunWatchdog', crashing_thread: 3, signature: 'x' },
      { java_stack_trace: 'java.lang.NullPointerException: x\n\tat org.A.b(A.java:1)' },
      { proto_signature: 'f', ipc_channel_error: 'ShutDownKill' },
      { proto_signature: 'f', crashing_thread: -1 },
      { signature: 'EMPTY: no frame data available' },
    ].map((hit) => ({ uuid: 'x', ...hit }));
    const generators = [lists(), lists('memcpy'), lists('KiFastSystemCallRet', 'nsFoo::.*'), lists(undefined, undefined, 'nsBaz::Run')];
    for (const hit of hits) {
      const prepared = prepareHit(hit);
      for (const generator of generators) {
        for (const options of [{ lineNumberListChanged: false }, { lineNumberListChanged: true }, { lineNumberListChanged: false, trustShutdownHang: true, trace: true }]) {
          expect(signPreparedHit(prepared, generator, options), JSON.stringify(hit)).toEqual(signFromHit(hit, generator, options));
        }
      }
    }
  });
});

describe('splitProtoSignature', () => {
  it('splits on " | ", empty frames included', () => {
    expect(splitProtoSignature('a |  | b')).toEqual(['a', '', 'b']);
    expect(splitProtoSignature('std::operator<<<char> | f')).toEqual(['std::operator<<<char>', 'f']);
  });

  it.each(['a | | b', 'f(int | g)', Array.from({ length: 41 }, () => 'f').join(' | ')])('gives up on %j', (text) => {
    expect(splitProtoSignature(text)).toBeNull();
  });
});
