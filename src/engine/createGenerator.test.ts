import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, type Rule } from './index.ts';
import { siglistTexts } from './siglists/siglistTestKit.ts';

const generator = createGenerator(
  compileSiglists(siglistTexts({ 'prefix_signature_re.txt': 'mozalloc_abort\nmozalloc_handle_oom' })),
);

describe('createGenerator', () => {
  it('runs the whole ruleset and traces every rule', () => {
    const result = generator.generate({
      oom_allocation_size: 1_000_000,
      crashing_thread: 0,
      threads: [{ frames: [{ function: 'mozalloc_abort' }, { function: 'mozalloc_handle_oom' }, { function: 'moz_xmalloc' }] }],
    }, { trace: true });
    expect(result.signature).toBe('OOM | large | mozalloc_abort | mozalloc_handle_oom | moz_xmalloc');
    expect(result.trace.map((t) => [t.rule, t.fired])).toContainEqual(['OOMSignature', true]);
    expect(result.trace.map((t) => [t.rule, t.fired])).toContainEqual(['AbortSignature', false]);
    const oom = result.trace.find((t) => t.rule === 'OOMSignature');
    expect(oom).toMatchObject({
      signatureBefore: 'mozalloc_abort | mozalloc_handle_oom | moz_xmalloc',
      signatureAfter: 'OOM | large | mozalloc_abort | mozalloc_handle_oom | moz_xmalloc',
    });
    expect(result.trace[0]?.frames).toHaveLength(3);
  });

  it('turns a throwing rule into a note and goes on', () => {
    const broken: Rule = {
      name: 'Broken',
      predicate: () => true,
      action: () => {
        throw new Error('kaput');
      },
    };
    const withBroken = createGenerator(generator.siglists, { ruleset: [broken, ...generator.ruleset], trace: true });
    const result = withBroken.generate({ threads: [{ frames: [{ function: 'f' }] }] });
    expect(result.notes).toEqual(['Broken: Rule failed: kaput']);
    expect(result.signature).toBe('f');
    expect(result.trace[0]).toMatchObject({ rule: 'Broken', fired: true, error: 'kaput' });
  });

  it('survives crash data that is not an object, with upstream notes', () => {
    const result = generator.generate(['not', 'a', 'crash'] as unknown as Record<string, unknown>);
    expect(result.signature).toBe('');
    expect(result.notes[0]).toBe("SignatureGenerationRule: Rule failed: 'list' object has no attribute 'get'");
  });

  it('treats missing siglists as empty files, which match every frame as upstream', () => {
    const result = createGenerator().generate({ threads: [{ frames: [{ function: 'a', line: 3 }, { function: 'b' }] }] });
    // Every frame is irrelevant (so the top one is used) and every function keeps its line number.
    expect(result.signature).toBe('a:3');
    expect(result.notes).toEqual(['SignatureGenerationRule: CSignatureTool: no frame data for crashing thread (0)']);
  });
});

describe('upstream generator situations', () => {
  it('signs an empty dict without falling over', () => {
    const result = createGenerator(generator.siglists).generate({});
    expect(result.signature).toBe('EMPTY: no frame data available');
    expect(result.notes).toEqual(['SignatureGenerationRule: CSignatureTool: no frame data for crashing thread (0)']);
  });
});

describe('tracing on request', () => {
  const crash = {
    crashing_thread: 0,
    threads: [{ frames: [{ function: 'mozalloc_abort' }, { function: 'nsFoo::Bar(int)' }] }],
    oom_allocation_size: null,
    reason: 'STATUS_NO_MEMORY',
  };

  it('builds neither trace nor debug log unless asked, with the same result', () => {
    const quiet = generator.generate(crash);
    expect(quiet.trace).toEqual([]);
    expect(quiet.debugLog).toEqual([]);
    expect(quiet.signature).toBe('OOM | unknown | mozalloc_abort | nsFoo::Bar');
    const traced = generator.generate(crash, { trace: true });
    expect(traced.debugLog).toContain('SignatureGenerationRule: using CSignatureTool');
    expect(traced.trace[0]?.frames?.map((frame) => frame.decision)).toEqual(['prefix', 'stop']);
    expect({ ...traced, trace: [], debugLog: [] }).toEqual(quiet);
  });

  it('takes the default from the generator options', () => {
    const tracing = createGenerator(generator.siglists, { trace: true });
    expect(tracing.generate(crash).trace).toHaveLength(tracing.ruleset.length);
    expect(tracing.generate(crash, { trace: false }).trace).toEqual([]);
  });
});
