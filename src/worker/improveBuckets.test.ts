import { describe, expect, it } from 'vitest';
import { appendSiglistLine } from '../engine/index.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { createPageSideApi as createEngineApi } from './testing/createPageSideApi.ts';
import { EDITED, STOCK } from './siglistSets.ts';

const stock = loadStockSiglists();
const windowsCrash = (...functions: string[]) => ({ crashing_thread: 0, os: 'Windows NT', threads: [{ frames: functions.map((fn) => ({ function: fn, module: 'xul.dll' })) }] });
const WAIT = ['NtWaitForAlertByThreadId', 'SleepConditionVariableSRW', 'mozilla::detail::ConditionVariableImpl::wait', 'mozilla::CondVar::Wait'];
const crashes = [
  ...[1, 2, 3].map((n) => ({ id: `loop-${n}`, crash: windowsCrash(...WAIT, 'mozilla::TaskController::ProcessPendingMTTask', 'nsThread::ProcessNextEvent') })),
  ...[1, 2].map((n) => ({ id: `worker-${n}`, crash: windowsCrash(...WAIT, 'mozilla::dom::WorkerPrivate::DoRunLoop') })),
  { id: 'ipc', crash: windowsCrash('mozilla::ipc::MessageChannel::WaitForSyncNotify', 'mozilla::CondVar::Wait', 'mozilla::ipc::MessageChannel::Send') },
];

async function loaded() {
  const api = createEngineApi();
  api.setStockSiglists(stock);
  api.addCrashes(crashes);
  await api.run(stock);
  return api;
}

describe('improving a bucket in the worker', () => {
  it('describes a bucket from the walk: next frames, top path and what was dropped above it', async () => {
    const api = await loaded();
    const bucket = await api.bucketOf(EDITED, 'mozilla::CondVar::Wait');
    expect(bucket).toMatchObject({ signature: 'mozilla::CondVar::Wait', crashes: 5, walkless: 0, distinctNext: 2, topPathCount: 3, topPathShare: 0.6 });
    expect(bucket?.tree.children.map((branch) => [branch.frame, branch.count])).toEqual([
      ['mozilla::TaskController::ProcessPendingMTTask', 3],
      ['mozilla::dom::WorkerPrivate::DoRunLoop', 2],
    ]);
    expect(bucket?.dropped.map((frame) => [frame.frame, frame.decision, frame.count])).toContainEqual(['mozilla::detail::ConditionVariableImpl::wait', 'irrelevant', 5]);
  });

  it('suggests lines whose previews are what the edited run then gives; other changed crashes come by id', async () => {
    const api = await loaded();
    const result = await api.suggestFor(EDITED, 'mozilla::CondVar::Wait');
    const split = result?.suggestions.find((suggestion) => suggestion.file === 'prefix_signature_re.txt');
    expect(split).toMatchObject({
      line: 'mozilla::CondVar::Wait',
      kind: 'split',
      othersChanged: 1,
      others: [{ before: 'mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait', after: 'mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait | mozilla::ipc::MessageChannel::Send', count: 1, ids: ['ipc'] }],
    });
    // Nothing changed until the line is added; then the run agrees with the preview.
    expect((await api.run(stock)).rows.every((row) => row.edited === row.stock)).toBe(true);
    const edited = { ...stock, 'prefix_signature_re.txt': appendSiglistLine(stock['prefix_signature_re.txt'], split?.line ?? '').text };
    const rows = (await api.run(edited)).rows;
    const buckets = new Map<string, number>();
    for (const row of rows) if (row.stock === 'mozilla::CondVar::Wait') buckets.set(row.edited, (buckets.get(row.edited) ?? 0) + 1);
    expect(buckets).toEqual(new Map(split?.buckets.map((entry) => [entry.signature, entry.count])));
  });

  it('measures quality with stock and edited lists, and checks expectations against a set', async () => {
    const api = await loaded();
    const edited = { ...stock, 'prefix_signature_re.txt': appendSiglistLine(stock['prefix_signature_re.txt'], 'mozilla::CondVar::Wait').text };
    await api.run(edited);
    const quality = await api.qualityOf([STOCK, EDITED]);
    expect(quality?.[STOCK]).toMatchObject({ crashes: 6, signatures: 2, singletons: 1, biggest: { signature: 'mozilla::CondVar::Wait', count: 5 } });
    expect(quality?.[EDITED]).toMatchObject({ crashes: 6, signatures: 3, sizes: [3, 2, 1] });
    const expectations = [
      { crash_id: 'worker-1', signature: 'mozilla::CondVar::Wait' },
      { crash_id: 'loop-1', signature: 'mozilla::CondVar::Wait | mozilla::TaskController::ProcessPendingMTTask' },
      { crash_id: 'not-loaded', signature: 'x' },
    ];
    expect((await api.checkExpectations(EDITED, expectations)).map((result) => result.status)).toEqual(['fail', 'pass', 'missing']);
    expect((await api.checkExpectations(STOCK, expectations)).map((result) => result.status)).toEqual(['pass', 'fail', 'missing']);
  });
});
