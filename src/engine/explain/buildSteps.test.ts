import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData, type SignatureResult } from '../index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases, type ParityCase } from '../../testing/parityCases.ts';
import { siglistTexts } from '../siglists/siglistTestKit.ts';
import { buildSteps, isQuietRule, type SignatureStep, type WalkEndStep } from './buildSteps.ts';

const stock = loadStockSiglists();
// Every frame irrelevant: each walk falls back (to the sentinel frame where there is one).
const everythingIrrelevant = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}\n.*\n` };

const crashOf = (testCase: ParityCase): CrashData =>
  testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData);

/** Steps through a result the way the step-through does, checking each step against the engine's own record. */
function stepThrough(result: SignatureResult): SignatureStep[] {
  const steps = buildSteps(result);
  let signature = '';
  let walkEnd: WalkEndStep | null = null;
  for (const step of steps) {
    if (step.kind === 'walk-end') walkEnd = step;
    if (step.kind !== 'rule') continue;
    // Each rule starts from the signature the step before it left.
    expect(step.rule.signatureBefore).toBe(signature);
    if (step.rule.walk && !step.rule.error) {
      // The walk, stepped frame by frame, gives the signature the engine's walk gave.
      const walked = (walkEnd as WalkEndStep).signature;
      expect(step.signature).toBe(step.rule.rule === 'SignatureRunWatchDog' ? `shutdownhang | ${walked}` : walked);
    }
    signature = step.signature;
    walkEnd = null;
  }
  expect(steps.at(-1)?.signature).toBe(result.signature);
  return steps;
}

describe.skipIf(!parityAvailable())('buildSteps over every parity case', () => {
  for (const [name, texts] of [
    ['stock lists', stock],
    ['every frame irrelevant', everythingIrrelevant],
  ] as const) {
    const generator = createGenerator(compileSiglists(texts));
    for (const file of PARITY_FILES) {
      it(`${name}: ${file}: the last step's signature so far is the engine's signature`, () => {
        let walked = 0;
        for (const testCase of readParityCases(file)) {
          const steps = stepThrough(generator.generate(crashOf(testCase), { trace: true }));
          if (steps.some((step) => step.kind === 'walk')) walked++;
        }
        expect(walked).toBeGreaterThan(100);
      });
    }
  }
});

describe('buildSteps', () => {
  const lists = compileSiglists(
    siglistTexts({
      'irrelevant_signature_re.txt': 'core::panicking::\ncore::result::unwrap_failed\nwebrender::renderer::Renderer::update_texture_cache',
      'prefix_signature_re.txt': 'mozalloc_abort\nmoz_xmalloc',
      'signature_sentinels.txt': 'core::panicking::panic_fmt',
      'signatures_with_line_numbers_re.txt': 'js_Interpret',
    }),
  );
  const generator = createGenerator(lists);
  const thread = (...functions: string[]) => ({ frames: functions.map((fn) => ({ function: fn, module: 'libxul.so' })) });

  it('falls back to the sentinel frame when it and every frame after it are irrelevant', () => {
    const crash = { crashing_thread: 0, threads: [thread('std::sys::unix::abort_internal', 'core::panicking::panic_fmt', 'core::result::unwrap_failed', 'webrender::renderer::Renderer::update_texture_cache')] };
    const steps = stepThrough(generator.generate(crash, { trace: true }));
    const end = steps.find((step): step is WalkEndStep => step.kind === 'walk-end');
    expect(end?.fallback?.index).toBe(1);
    expect(end?.signature).toBe('core::panicking::panic_fmt');
    const search = steps.find((step) => step.kind === 'sentinel-search');
    expect(search).toMatchObject({ looked: 2, line: { file: 'signature_sentinels.txt', line: 1 } });
  });

  it('marks the matched span of each deciding line and the signature so far frame by frame', () => {
    const crash = { crashing_thread: 0, threads: [thread('mozalloc_abort(char const*)', 'moz_xmalloc', 'nsTArray_base<nsTArrayInfallibleAllocator>::EnsureCapacity(unsigned long, unsigned long)', 'main')] };
    const steps = stepThrough(generator.generate(crash, { trace: true }));
    const walks = steps.filter((step) => step.kind === 'walk');
    expect(walks.map((step) => step.signature)).toEqual(['mozalloc_abort', 'mozalloc_abort | moz_xmalloc', 'mozalloc_abort | moz_xmalloc | nsTArray_base<T>::EnsureCapacity']);
    expect(walks[0]).toMatchObject({ span: { start: 0, end: 'mozalloc_abort'.length }, line: { file: 'prefix_signature_re.txt', line: 1 } });
    const end = steps.find((step): step is WalkEndStep => step.kind === 'walk-end');
    expect(end).toMatchObject({ unread: 1, walk: { stoppedAt: 2, frameLimit: 'not-reached' } });
  });

  it('lists each normalisation step of a frame', () => {
    const crash = { crashing_thread: 0, threads: [thread('static void nsTArray_base<nsTArrayInfallibleAllocator>::EnsureCapacity(unsigned long) const')] };
    const steps = buildSteps(generator.generate(crash, { trace: true }));
    const normalize = steps.find((step) => step.kind === 'normalize');
    expect(normalize?.kind === 'normalize' && normalize.frame.normalization?.map((step) => step.kind)).toEqual(['qualifier-dropped', 'return-type-dropped', 'templates-collapsed', 'arguments-dropped']);
  });

  it('hides only rules that changed nothing and walked nothing', () => {
    const crash = { crashing_thread: 0, reason: 'EXCEPTION_STACK_OVERFLOW', threads: [thread('main')] };
    const steps = buildSteps(generator.generate(crash, { trace: true }));
    const shown = steps.filter((step) => !isQuietRule(step)).filter((step) => step.kind === 'rule');
    expect(shown.map((step) => step.kind === 'rule' && step.rule.rule)).toEqual(['SignatureGenerationRule', 'StackOverflowSignature']);
  });

  it('says when the 40-frame limit left frames unread', () => {
    const functions = Array.from({ length: 45 }, (_, index) => (index < 44 ? 'moz_xmalloc' : 'main'));
    const steps = buildSteps(generator.generate({ crashing_thread: 0, threads: [thread(...functions)] }, { trace: true }));
    expect(steps.find((step) => step.kind === 'walk-end')).toMatchObject({ unread: 0, walk: { frameLimit: 'reached' } });
  });

  it('walks frames given already normalised (fast mode) in one step', () => {
    const crash = { crashing_thread: 0, threads: [] };
    const result = generator.generate(crash, { trace: true, normalizedFrames: { 0: ['moz_xmalloc', 'nsFoo::Bar'] } });
    const steps = stepThrough(result);
    expect(steps.map((step) => step.kind).slice(0, 4)).toEqual(['given-frames', 'sentinel-search', 'walk', 'walk']);
  });
});
