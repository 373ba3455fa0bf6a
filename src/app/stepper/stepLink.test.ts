import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/index.ts';
import { createExperiment, decodeExperimentLink, encodeExperimentLink } from '../share/experiment.ts';

const CRASH = 'e0000004-0000-4000-8000-00000a261125';
const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'moz_xmalloc\n' };

describe('a link to a step', () => {
  it('carries the step of the selected crash and opens at it', () => {
    const experiment = createExperiment(stock, stock, [], false, CRASH, { examples: true, step: { lists: 'stock', index: 7, hideUnchanged: true } });
    const decoded = decodeExperimentLink(encodeExperimentLink(experiment), stock);
    expect(decoded.ok && decoded.experiment.step).toEqual({ lists: 'stock', index: 7, hideUnchanged: true });
  });

  it('keeps no step without a selected crash, and older links without one still open', () => {
    expect(createExperiment(stock, stock, [], false, null, { step: { lists: 'edited', index: 3, hideUnchanged: false } }).step).toBeUndefined();
    const old = createExperiment(stock, stock, [], false, CRASH);
    const decoded = decodeExperimentLink(encodeExperimentLink(old), stock);
    expect(decoded.ok && decoded.experiment.step).toBeUndefined();
  });

  it('refuses a malformed step with the reason', () => {
    for (const step of [{ lists: 'other', index: 1 }, { lists: 'edited', index: -1 }, { lists: 'edited', index: 1.5 }, { lists: 'edited', index: 2, hideUnchanged: 'yes' }, 'step 7']) {
      const tampered = { ...createExperiment(stock, stock, [], false, CRASH), step };
      expect(decodeExperimentLink(encodeExperimentLink(tampered as never), stock)).toEqual({ ok: false, message: 'its step-through position is malformed.' });
    }
  });
});
