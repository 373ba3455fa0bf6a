import { describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { createEngineApi } from './engineApi.ts';

const stock = loadStockSiglists();
const crash = { crashing_thread: 0, threads: [{ frames: [{ function: 'KiFastSystemCallRet' }, { function: 'nsFoo::Bar(int)' }, { function: 'nsBaz::Run()' }] }] };
const withPrefix = (line: string) => ({ ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}${line}\n` });
const many = (count: number, from = 0) => Array.from({ length: count }, (_, n) => ({ id: `c${from + n}`, crash }));

describe('siglist sets in the worker', () => {
  it('signs the crash set with any number of named sets, side by side with stock and edited', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes(many(3));
    expect(api.defineSiglistSet('candidate', withPrefix('nsFoo::Bar'))).toEqual([]);
    expect(api.defineSiglistSet('broken', withPrefix('('))).toHaveLength(1);
    expect(await api.signaturesWith('candidate')).toEqual(Array(3).fill('nsFoo::Bar | nsBaz::Run'));
    expect(await api.signaturesWith('stock')).toEqual(Array(3).fill('nsFoo::Bar'));
    const run = await api.run(stock);
    expect(run?.reusedStock).toBe(true);
    expect(api.traceWith('candidate', 'c1')?.signature).toBe('nsFoo::Bar | nsBaz::Run');
    api.dropSiglistSet('candidate');
    expect(api.traceWith('candidate', 'c1')).toBeNull();
    await expect(api.signaturesWith('candidate')).rejects.toThrow('No siglist set named candidate.');
  });

  it('shares one set between keys with the same lists, so nothing is signed twice', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes(many(2));
    const edit = withPrefix('nsFoo::Bar');
    api.defineSiglistSet('head', edit);
    await api.signaturesWith('head');
    const run = await api.run({ ...edit });
    expect(run?.reusedStock).toBe(false);
    // The run found "head" already signed: its rows are those of "head".
    expect(await api.lineUsage('head')).toEqual(await api.lineUsage('edited'));
    expect(await api.crashIdsDecidedBy('prefix_signature_re.txt', edit['prefix_signature_re.txt'].split('\n').length - 1, 'head')).toEqual(['c0', 'c1']);
  });

  it('keeps each set\'s signatures as crashes arrive, and signs again from a crash that was replaced', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes(many(2));
    api.defineSiglistSet('candidate', withPrefix('nsFoo::Bar'));
    await api.signaturesWith('candidate');
    api.addCrashes(many(1, 2));
    expect(await api.signaturesWith('candidate')).toHaveLength(3);
    api.addCrashes([{ id: 'c0', crash: { crashing_thread: 0, threads: [{ frames: [{ function: 'mozilla::Other()' }] }] } }]);
    expect(await api.signaturesWith('candidate')).toEqual(['mozilla::Other', 'nsFoo::Bar | nsBaz::Run', 'nsFoo::Bar | nsBaz::Run']);
    await api.clearCrashes();
    expect(await api.signaturesWith('candidate')).toEqual([]);
  });

  it('signs crashes outside the set (a lesson\'s) with a set, traced, leaving the set alone', () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.defineSiglistSet('lesson', withPrefix('nsFoo::Bar'));
    const [outcome] = api.signOutside('lesson', [{ id: 'lesson-1', crash }]);
    expect(outcome?.result?.signature).toBe('nsFoo::Bar | nsBaz::Run');
    expect(outcome?.result?.trace.length).toBeGreaterThan(0);
    expect(api.crashIds()).toEqual([]);
  });

  it('starts every other set over when stock changes (their line-number verdict is against stock)', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.defineSiglistSet('candidate', withPrefix('nsFoo::Bar'));
    api.setStockSiglists(withPrefix('x'));
    await expect(api.signaturesWith('candidate')).rejects.toThrow('No siglist set named candidate.');
  });
});
