import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from '../../engine/index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { EXAMPLE_CRASHES } from '../crashes/exampleCrashes.ts';
import { createPageSideApi as createEngineApi } from '../../worker/testing/createPageSideApi.ts';

const stock = loadStockSiglists();

describe('rule usage', () => {
  it('counts the crashes each rule fired in with the edited lists, and names them', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes(EXAMPLE_CRASHES);
    await api.run(stock);
    const usage = new Map((await api.ruleUsage())?.map((entry) => [entry.rule, entry.crashes]));
    // Every rule fires in at least one example; the always-run rules in every one.
    expect([...usage.keys()].sort()).toEqual(DEFAULT_RULESET.map((rule) => rule.name).sort());
    expect(usage.get('SigFixWhitespace')).toBe(EXAMPLE_CRASHES.length);
    expect(await api.crashIdsFiredBy('OOMSignature')).toEqual(EXAMPLE_CRASHES.filter((example) => example.crash.oom_allocation_size).map((example) => example.id));

    // Counts follow the edited lists: with the watchdog frame irrelevant, the shutdown hang is no longer one.
    expect(await api.crashIdsFiredBy('SignatureRunWatchDog')).toHaveLength(1);
    const edited = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}mozilla::\\(anonymous namespace\\)::RunWatchdog\n` };
    await api.run(edited);
    expect(await api.crashIdsFiredBy('SignatureRunWatchDog')).toEqual([]);
  });
});
