import { describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { createPageSideApi as createEngineApi } from './testing/createPageSideApi.ts';
import type { CrashSetPersistence, CrashSetRecord } from './persistCrashSet.ts';
import type { PackedRunResult } from './engineApi.ts';
import { hitToCrashData, NEEDS_FULL_CRASH, SHUTDOWNHANG_ASSUMPTION } from '../crash-stats/fast/signFromHit.ts';

const stock = loadStockSiglists();
const crash = { crashing_thread: 0, original_signature: 'prod', threads: [{ frames: [{ function: 'KiFastSystemCallRet' }, { function: 'nsFoo::Bar(int)' }] }] };
const noiseLine = stock['irrelevant_signature_re.txt'].split('\n').findIndex((line) => line.trim() === 'KiFastSystemCallRet') + 1;

/** IndexedDB stand-in with the same contract: the steps saved come back, in order. */
function memoryPersistence(): CrashSetPersistence & { saves: number } {
  let records: CrashSetRecord[] = [];
  let bytes = 0;
  return {
    saves: 0,
    async load() {
      return records.length ? { records: records.slice(), bytes } : null;
    },
    async append(record, size) {
      this.saves++;
      records.push(record.kind === 'crashes' ? { kind: 'crashes', crashes: structuredClone(record.crashes) } : record);
      bytes = size;
    },
    async clear() {
      records = [];
    },
  };
}

describe('createEngineApi', () => {
  it('re-signs with edited lists against stock signatures and counts line usage', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes([{ id: 'c1', crash }]);
    const unchanged = (await api.run(stock));
    expect(unchanged.reusedStock).toBe(true);
    expect(unchanged.rows).toEqual([{ id: 'c1', production: 'prod', stock: 'nsFoo::Bar', edited: 'nsFoo::Bar', notes: [], origin: 'crash-stats' }]);
    expect(await api.lineUsage()).toContainEqual({ file: 'irrelevant_signature_re.txt', line: noiseLine, frames: 1, crashes: 1 });
    expect(await api.crashIdsDecidedBy('irrelevant_signature_re.txt', noiseLine)).toEqual(['c1']);

    const edited = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}nsFoo::Bar\n(\n` };
    const run = (await api.run(edited));
    expect(run.reusedStock).toBe(false);
    expect(run.rows[0]?.edited).toBe('KiFastSystemCallRet');
    expect(run.errors).toHaveLength(1);
    const addedLine = edited['irrelevant_signature_re.txt'].split('\n').length - 2;
    expect((await api.lineUsage())?.find((u) => u.file === 'irrelevant_signature_re.txt' && u.line === addedLine)).toEqual({ file: 'irrelevant_signature_re.txt', line: addedLine, frames: 1, crashes: 1 });
    expect(await api.crashIdsDecidedBy('irrelevant_signature_re.txt', addedLine)).toEqual(['c1']);
    const traces = api.trace('c1');
    expect(traces?.stock.signature).toBe('nsFoo::Bar');
    expect(traces?.edited.signature).toBe('KiFastSystemCallRet');
  });

  it('stops a usage count when a new run starts', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes(Array.from({ length: 1200 }, (_, n) => ({ id: `c${n}`, crash })));
    (await api.run(stock));
    const counting = api.lineUsage();
    (await api.run({ ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}zzz\n` }));
    expect(await counting).toBeNull();
    expect((await api.lineUsage())?.find((u) => u.line === noiseLine && u.file === 'irrelevant_signature_re.txt')?.crashes).toBe(1200);
  });

  it('adds crashes in batches; a crash with a known id replaces the old one in place', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    api.addCrashes([{ id: 'c1', crash }]);
    expect(api.addCrashes([{ id: 'c2', crash: { ...crash, original_signature: 'other' } }])).toBe(2);
    expect(api.addCrashes([{ id: 'c1', crash: { ...crash, original_signature: 'newer' } }])).toBe(2);
    expect((await api.run(stock)).rows.map((row) => [row.id, row.stock, row.production])).toEqual([
      ['c1', 'nsFoo::Bar', 'newer'],
      ['c2', 'nsFoo::Bar', 'other'],
    ]);
  });

  it('signs fast-mode crashes from their Super Search hit, and marks those needing the full crash', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    const hits = [
      { uuid: 'f1', signature: 'prod', crashing_thread: 0, proto_signature: 'KiFastSystemCallRet | nsFoo::Bar' },
      { uuid: 'f2', signature: 'prod', proto_signature: 'nsFoo::Bar', ipc_channel_error: 'ShutDownKill' },
    ];
    api.addCrashes(hits.map((hit) => ({ id: hit.uuid, crash: hitToCrashData(hit), hit })));
    expect((await api.run(stock)).rows).toEqual([
      { id: 'f1', production: 'prod', stock: 'nsFoo::Bar', edited: 'nsFoo::Bar', notes: [], origin: 'crash-stats' },
      { id: 'f2', production: 'prod', stock: '', edited: '', notes: [], origin: 'crash-stats', needsFullCrash: NEEDS_FULL_CRASH.ipc },
    ]);
    expect(api.trace('f1')?.edited.trace[0]?.frames?.map((frame) => frame.decision)).toEqual(['irrelevant', 'stop']);
    const hang = { uuid: 'f3', signature: 'shutdownhang | nsFoo::Bar', crashing_thread: 4, proto_signature: 'nsFoo::Bar' };
    api.addCrashes([
      { id: 'f3', crash: hitToCrashData(hang), hit: hang },
      { id: 'f4', crash: hitToCrashData(hang), hit: hang, trustShutdownHang: true },
    ]);
    const hangs = (await api.run({ ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}neverAFrame\n` })).rows.slice(2);
    expect(hangs[0]).toMatchObject({ id: 'f3', needsFullCrash: NEEDS_FULL_CRASH.shutdownhang });
    expect(hangs[1]).toMatchObject({ id: 'f4', stock: 'shutdownhang | nsFoo::Bar', edited: 'shutdownhang | nsFoo::Bar', assumption: SHUTDOWNHANG_ASSUMPTION });
    const lineNumbersEdited = (await api.run({ ...stock, 'signatures_with_line_numbers_re.txt': `${stock['signatures_with_line_numbers_re.txt']}nsFoo\n` }));
    expect(lineNumbersEdited.rows[0]).toMatchObject({ stock: 'nsFoo::Bar', edited: '', needsFullCrash: NEEDS_FULL_CRASH.lineNumbers });
  });

  it('parses files in the worker: processed crashes with original_signature sign by their json_dump', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    const processed = {
      uuid: 'de1bb258-cbbf-4589-a673-34f800160918',
      signature: 'nsFoo::Bar',
      original_signature: 'an older signature',
      json_dump: { crash_info: { crashing_thread: 0 }, threads: crash.threads },
    };
    const lines = [JSON.stringify(processed), '{broken', JSON.stringify(crash)].join('\n');
    const progress: number[] = [];
    const report = await api.loadFiles([new File([lines], 'set.jsonl')], (p) => progress.push(p.bytesRead));
    expect(report).toMatchObject({ added: 2, total: 2, errorCount: 1 });
    expect(report.errors[0]).toMatch(/^set\.jsonl line 2: invalid JSON/);
    const rows = (await api.run(stock)).rows;
    expect(rows.map((row) => [row.id, row.production, row.stock, row.origin])).toEqual([
      ['de1bb258-cbbf-4589-a673-34f800160918', 'nsFoo::Bar', 'nsFoo::Bar', 'file'],
      ['set:3', 'prod', 'nsFoo::Bar', 'file'],
    ]);
  });

  it('keeps the crash set in its store, so a new worker gets it back', async () => {
    const persistence = memoryPersistence();
    const first = createEngineApi({ persistence });
    first.setStockSiglists(stock);
    first.addCrashes([{ id: 'c1', crash, origin: 'example' }]);
    await first.crashSetInfo();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(persistence.saves).toBe(1);

    const second = createEngineApi({ persistence });
    second.setStockSiglists(stock);
    const info = await second.restoreCrashes();
    expect(info.count).toBe(1);
    expect(info.bytes).toBeGreaterThan(0);
    expect((await second.run(stock)).rows.map((row) => [row.id, row.origin])).toEqual([['c1', 'example']]);

    await second.clearCrashes();
    const third = createEngineApi({ persistence });
    expect((await third.restoreCrashes()).count).toBe(0);
  });

  it('keeps a chosen file as the file, and replays files and fetched crashes in their order', async () => {
    const persistence = memoryPersistence();
    const first = createEngineApi({ persistence });
    first.setStockSiglists(stock);
    const other = { ...crash, original_signature: 'other', threads: [{ frames: [{ function: 'nsOther::Thing()' }] }] };
    await first.loadFiles([new File([[JSON.stringify({ ...crash, uuid: 'a' }), JSON.stringify({ ...crash, uuid: 'b' })].join('\n')], 'set.jsonl')]);
    // Fetched again later: replaces crash "a" in place.
    first.addCrashes([{ id: 'a', crash: other, origin: 'crash-stats' }]);
    await first.crashSetInfo();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(persistence.saves).toBe(2);
    const saved = await persistence.load();
    expect(saved?.records.map((record) => record.kind)).toEqual(['file', 'crashes']);

    const second = createEngineApi({ persistence });
    second.setStockSiglists(stock);
    expect((await second.restoreCrashes()).count).toBe(2);
    expect((await second.run(stock)).rows.map((row) => [row.id, row.stock, row.origin])).toEqual((await first.run(stock)).rows.map((row) => [row.id, row.stock, row.origin]));
    expect((await second.run(stock)).rows.map((row) => [row.id, row.stock, row.origin])).toEqual([
      ['a', 'nsOther::Thing', 'crash-stats'],
      ['b', 'nsFoo::Bar', 'file'],
    ]);
  });

  it('reports a store that refuses to save, and keeps the crashes loaded', async () => {
    const persistence = { ...memoryPersistence(), append: () => Promise.reject(new Error('QuotaExceededError')) };
    const api = createEngineApi({ persistence });
    api.setStockSiglists(stock);
    api.addCrashes([{ id: 'c1', crash }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const info = api.crashSetInfo();
    expect(info.count).toBe(1);
    expect(info.persistProblem).toMatch(/QuotaExceededError/);
  });
});

describe('runs as the worker sends them', () => {
  it('sends the crash ids only when the page does not have this version of the set', async () => {
    const { createEngineApi: createRawApi } = await import('./engineApi.ts');
    const api = createRawApi();
    api.setStockSiglists(stock);
    api.addCrashes([{ id: 'c1', crash }]);
    const first = (await api.run(stock)) as PackedRunResult;
    expect(first.packed.ids).toEqual(['c1']);
    expect((await api.run(stock, first.crashSetVersion))?.packed.ids).toBeNull();
    api.addCrashes([{ id: 'c2', crash }]);
    const afterAdd = (await api.run(stock, first.crashSetVersion)) as PackedRunResult;
    expect(afterAdd.packed.ids).toEqual(['c1', 'c2']);
    await api.clearCrashes();
    expect((await api.run(stock, afterAdd.crashSetVersion))?.packed.ids).toEqual([]);
  });
});

describe('runs overtaken', () => {
  const many = (count: number, from = 0) => Array.from({ length: count }, (_, n) => ({ id: `m${from + n}`, crash }));
  const edit = (line: string) => ({ ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}${line}\n` });

  it('a newer run stops an older one at its next slice, and answers in its place', async () => {
    const { createEngineApi: createRawApi } = await import('./engineApi.ts');
    const api = createRawApi({ sliceMs: 0 });
    api.setStockSiglists(stock);
    api.addCrashes(many(1000));
    const older = api.run(edit('first::Edit'));
    const newer = api.run(edit('second::Edit'));
    expect(await older).toBeNull();
    const answer = await newer;
    expect(answer?.packed.ids).toHaveLength(1000);
    expect(answer?.packed.stock.every((index) => answer.packed.strings[index] === 'nsFoo::Bar')).toBe(true);
  });

  it('a change to the crash set stops a run; the next run signs the whole set', async () => {
    const { createEngineApi: createRawApi } = await import('./engineApi.ts');
    const api = createRawApi({ sliceMs: 0 });
    api.setStockSiglists(stock);
    api.addCrashes(many(1000));
    const running = api.run(edit('first::Edit'));
    api.addCrashes(many(10, 1000));
    expect(await running).toBeNull();
    const answer = await api.run(edit('first::Edit'));
    expect(answer?.packed.ids).toHaveLength(1010);
    expect([...(answer?.packed.edited ?? [])].every((index) => answer?.packed.strings[index] === 'nsFoo::Bar')).toBe(true);
  });
});

describe('storing a chosen file', () => {
  it('stores it at once, says it is saving meanwhile, and stored() answers when it is kept', async () => {
    const persistence = memoryPersistence();
    const api = createEngineApi({ persistence });
    api.setStockSiglists(stock);
    await api.loadFiles([new File([JSON.stringify({ ...crash, uuid: 'f1' })], 'one.jsonl')]);
    expect(api.crashSetInfo().saving).toBe(true);
    const info = await api.stored();
    expect(persistence.saves).toBe(1);
    expect(info).toMatchObject({ count: 1, saving: false, persistProblem: null });
  });
});

describe('how the set travels in a link', () => {
  it('names fast-mode searches instead of their crashes, lists the other ids, and counts what cannot travel', () => {
    const api = createEngineApi();
    const crashStatsId = 'de1bb258-cbbf-4589-a673-34f800160918';
    const search = { params: 'product=Firefox&signature=~shutdownhang', wanted: 2000 };
    const hit = (uuid: string) => ({ uuid, signature: 'prod', crashing_thread: 0, proto_signature: 'nsFoo::Bar' });
    api.addCrashes([
      { id: 'f0000001-0000-4000-8000-000000000001', crash: hitToCrashData(hit('f1')), hit: hit('f1'), search },
      { id: 'f0000001-0000-4000-8000-000000000002', crash: hitToCrashData(hit('f2')), hit: hit('f2'), search, trustShutdownHang: true },
      { id: crashStatsId, crash },
      { id: 'local:1', crash, origin: 'file' },
      { id: 'e0000001-0000-4000-8000-00000a261125', crash, origin: 'example' },
    ]);
    expect(api.travellers()).toEqual({ ids: [crashStatsId], searches: [search, { ...search, trustShutdownHang: true }], untravelled: 1 });
  });

  it('never lets a Super Search hit replace the full crash of the same id', async () => {
    const api = createEngineApi();
    api.setStockSiglists(stock);
    const id = 'de1bb258-cbbf-4589-a673-34f800160918';
    api.addCrashes([{ id, crash }]);
    const hit = { uuid: id, signature: 'prod', crashing_thread: 0, proto_signature: 'other::Frame' };
    api.addCrashes([{ id, crash: hitToCrashData(hit), hit }]);
    expect((await api.run(stock)).rows[0]?.stock).toBe('nsFoo::Bar');
  });
});

describe('what the page asks of the set', () => {
  it('lists the ids, and exports only the crashes a link cannot carry', () => {
    const api = createEngineApi();
    const crashStatsId = 'de1bb258-cbbf-4589-a673-34f800160918';
    api.addCrashes([
      { id: 'local:1', crash, origin: 'file' },
      { id: crashStatsId, crash, origin: 'file' },
      { id: 'e0000001-0000-4000-8000-00000a261125', crash, origin: 'example' },
    ]);
    expect(api.crashIds()).toEqual(['local:1', crashStatsId, 'e0000001-0000-4000-8000-00000a261125']);
    expect(api.exportUntravelledCrashes().map((loaded) => loaded.id)).toEqual(['local:1']);
  });
});
