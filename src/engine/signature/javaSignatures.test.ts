import { describe, expect, it } from 'vitest';
import { javaStackTraceSignature } from './javaStackTraceSignature.ts';
import { javaExceptionSignature } from './javaExceptionSignature.ts';

describe('javaStackTraceSignature', () => {
  it.each([
    [
      'class, description and method without line number',
      'java.lang.IllegalStateException: no window\n\tat org.mozilla.gecko.Tab.show(Tab.java:120)\n\tat x',
      'java.lang.IllegalStateException: no window at org.mozilla.gecko.Tab.show(Tab.java)',
      [],
    ],
    [
      'addresses masked, and the colon kept before the method',
      'java.lang.RuntimeException: handler android.os.Handler@4a1b2c3d\n at a.B.c(B.java:5)',
      'java.lang.RuntimeException: handler android.os.Handler@<addr>: at a.B.c(B.java)',
      [],
    ],
    [
      'no colon on line 1',
      'java.lang.NullPointerException\n at a.B.c(B.java:5)',
      'java.lang.NullPointerException: at a.B.c(B.java)',
      ['JavaSignatureTool: stack trace line 1 is not in the expected format'],
    ],
    [
      'line 2 missing',
      'java.lang.Error: boom',
      'java.lang.Error: boom',
      ['JavaSignatureTool: stack trace line 2 is missing'],
    ],
    [
      'leading whitespace ignored',
      '   java.lang.Error: boom   \n    at a.B.c(B.java:1)',
      'java.lang.Error: boom at a.B.c(B.java)',
      [],
    ],
  ])('%s', (_label, trace, signature, notes) => {
    expect(javaStackTraceSignature(trace)).toEqual({ signature, notes });
  });

  it('drops a description that makes the signature too long', () => {
    const trace = `java.lang.Error: ${'x'.repeat(300)}\n at a.B.c(B.java:1)`;
    expect(javaStackTraceSignature(trace)).toEqual({
      signature: 'java.lang.Error: at a.B.c(B.java)',
      notes: ['JavaSignatureTool: dropped Java exception description due to length'],
    });
  });

  it('rejects a non-string trace', () => {
    expect(javaStackTraceSignature(['a']).signature).toBe('EMPTY: Java stack trace not in expected format');
  });
});

describe('javaExceptionSignature', () => {
  const exception = (stacktrace: unknown) => ({ exception: { values: [{ stacktrace }] } });

  it.each([
    ['module, type and first frame', { module: 'java.lang', type: 'NPE', frames: [{ module: 'org.A', function: 'run', filename: 'A.java' }, { function: 'later' }] }, 'java.lang.NPE: at org.A.run(A.java)'],
    ['no module', { type: 'NPE', frames: [{ function: 'run' }] }, 'NPE: at run'],
    ['type defaults to Unknown', { frames: [{ module: 'org.A' }] }, 'Unknown: at org.A'],
    ['frame without names', { type: 'E', frames: [{ filename: 'A.java' }] }, 'E: at unknown'],
    ['no frames', { type: 'E', frames: [] }, 'E'],
  ])('%s', (_label, stacktrace, signature) => {
    expect(javaExceptionSignature(exception(stacktrace))).toEqual({ signature, notes: [] });
  });

  it.each([['not a dict', 'text'], ['no values', { exception: { values: [] } }], ['null stacktrace', exception(null)]])(
    'says the value is not in the expected format: %s',
    (_label, value) => {
      expect(javaExceptionSignature(value)).toEqual({
        signature: 'EMPTY: Java exception not in expected format',
        notes: ['JavaExceptionSignatureTool: value not in expected format'],
      });
    },
  );
});
