import { describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { createEngineApi } from './engineApi.ts';
import { hitToCrashData, NEEDS_FULL_CRASH, SHUTDOWNHANG_ASSUMPTION } from '../crash-stats/fast/signFromHit.ts';

describe('createEngineApi', () => {
  const stock = loadStockSiglists();
  const crash = { crashing_thread: 0, original_signature: 'prod', threads: [{ frames: [{ function: 'KiFastSystemCallRet' }, { function: 'nsFoo::Bar(int)' }] }] };

  it('re-signs with edited lists against stock signatures and counts line usage', () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.setCrashes([{ id: 'c1', crash }]);
    const unchanged = api.run(stock);
    expect(unchanged.rows).toEqual([{ id: 'c1', production: 'prod', stock: 'nsFoo::Bar', edited: 'nsFoo::Bar', notes: [] }]);
    const noiseLine = stock['irrelevant_signature_re.txt'].split('\n').findIndex((line) => line.trim() === 'KiFastSystemCallRet') + 1;
    expect(unchanged.usage).toContainEqual({ file: 'irrelevant_signature_re.txt', line: noiseLine, frames: 1, crashes: 1 });

    const edited = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}nsFoo::Bar\n(\n` };
    const run = api.run(edited);
    expect(run.rows[0]?.edited).toBe('KiFastSystemCallRet');
    expect(run.errors).toHaveLength(1);
    expect(run.usage.find((u) => u.file === 'irrelevant_signature_re.txt' && u.line === edited['irrelevant_signature_re.txt'].split('\n').length - 2)).toEqual({
      file: 'irrelevant_signature_re.txt',
      line: edited['irrelevant_signature_re.txt'].split('\n').length - 2,
      frames: 1,
      crashes: 1,
    });
    const traces = api.trace('c1');
    expect(traces?.stock.signature).toBe('nsFoo::Bar');
    expect(traces?.edited.signature).toBe('KiFastSystemCallRet');
  });

  it('adds crashes in batches without re-signing the ones it has', () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.setCrashes([{ id: 'c1', crash }]);
    expect(api.addCrashes([{ id: 'c2', crash: { ...crash, original_signature: 'other' } }])).toBe(2);
    expect(api.run(stock).rows.map((row) => [row.id, row.stock, row.production])).toEqual([
      ['c1', 'nsFoo::Bar', 'prod'],
      ['c2', 'nsFoo::Bar', 'other'],
    ]);
  });

  it('signs fast-mode crashes from their Super Search hit, and marks those needing the full crash', () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    const hits = [
      { uuid: 'f1', signature: 'prod', crashing_thread: 0, proto_signature: 'KiFastSystemCallRet | nsFoo::Bar' },
      { uuid: 'f2', signature: 'prod', proto_signature: 'nsFoo::Bar', ipc_channel_error: 'ShutDownKill' },
    ];
    api.setCrashes(hits.map((hit) => ({ id: hit.uuid, crash: hitToCrashData(hit), hit })));
    expect(api.run(stock).rows).toEqual([
      { id: 'f1', production: 'prod', stock: 'nsFoo::Bar', edited: 'nsFoo::Bar', notes: [] },
      { id: 'f2', production: 'prod', stock: '', edited: '', notes: [], needsFullCrash: NEEDS_FULL_CRASH.ipc },
    ]);
    expect(api.trace('f1')?.edited.trace[0]?.frames?.map((frame) => frame.decision)).toEqual(['irrelevant', 'stop']);
    const hang = { uuid: 'f3', signature: 'shutdownhang | nsFoo::Bar', crashing_thread: 4, proto_signature: 'nsFoo::Bar' };
    api.addCrashes([{ id: 'f3', crash: hitToCrashData(hang), hit: hang }, { id: 'f4', crash: hitToCrashData(hang), hit: hang, trustShutdownHang: true }]);
    const hangs = api.run(stock).rows.slice(2);
    expect(hangs[0]).toMatchObject({ id: 'f3', needsFullCrash: NEEDS_FULL_CRASH.shutdownhang });
    expect(hangs[1]).toMatchObject({ id: 'f4', edited: 'shutdownhang | nsFoo::Bar', assumption: SHUTDOWNHANG_ASSUMPTION });
    const lineNumbersEdited = api.run({ ...stock, 'signatures_with_line_numbers_re.txt': `${stock['signatures_with_line_numbers_re.txt']}nsFoo\n` });
    expect(lineNumbersEdited.rows[0]).toMatchObject({ stock: 'nsFoo::Bar', edited: '', needsFullCrash: NEEDS_FULL_CRASH.lineNumbers });
  });
});
