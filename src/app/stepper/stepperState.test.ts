import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, buildSteps } from '../../engine/index.ts';
import { siglistTexts } from '../../engine/siglists/siglistTestKit.ts';
import { describeStep } from './describeStep.ts';
import { moveStep, nearestShown, shownSteps } from './stepperState.ts';

const generator = createGenerator(compileSiglists(siglistTexts({ 'irrelevant_signature_re.txt': 'KiUserExceptionDispatcher', 'signature_sentinels.txt': '_purecall' })));
const steps = buildSteps(
  generator.generate({ crashing_thread: 0, reason: 'EXCEPTION_STACK_OVERFLOW', threads: [{ frames: [{ function: 'abort' }, { function: '_purecall' }, { function: 'nsFoo::Bar(int)' }] }] }, { trace: true }),
);

describe('stepping', () => {
  it('lists the steps in the engine order, with a title each', () => {
    expect(steps.map(describeStep).slice(0, 8)).toEqual([
      'Frame 0: normalise',
      'Frame 1: normalise',
      'Frame 2: normalise (1 change)',
      'Sentinel at frame 1',
      'Frame 1: kept (sentinel)',
      'Walk ends at frame 1',
      'SignatureGenerationRule: changed the signature',
      'StackwalkerErrorSignatureRule: skipped',
    ]);
  });

  it('hides rules that changed nothing and moves among the shown steps', () => {
    const shown = shownSteps(steps, true);
    expect(shown.map((index) => describeStep(steps[index]!)).slice(6)).toEqual(['SignatureGenerationRule: changed the signature', 'StackOverflowSignature: changed the signature']);
    expect(moveStep(shown, 6, 'next')).toBe(shown[7]);
    expect(moveStep(shown, 7, 'previous')).toBe(6);
    expect(moveStep(shown, 7, 'first')).toBe(0);
    expect(moveStep(shown, 0, 'last')).toBe(shown.at(-1));
    expect(nearestShown(shown, 7)).toBe(shown[7]);
  });
});
