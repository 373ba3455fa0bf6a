import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer, type FakeCrashStats } from '../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { REPO_ROOT } from '../testing/loadStockSiglists.ts';

const BIN = join(REPO_ROOT, 'scripts', 'siglab.cjs');

/** The installed `siglab` bin (built JavaScript), stdin through a real pipe. */
function siglab(args: string[], input = '') {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A Windows crash's crash data: its crashing thread's frames, in xul.dll. */
const windowsCrash = (...functions: string[]) => ({ crashing_thread: 0, os: 'Windows NT', threads: [{ frames: functions.map((fn) => ({ function: fn, module: 'xul.dll' })) }] });
/** A thread parked on a condition variable: the wait frames are irrelevant, so signatures start at CondVar::Wait. */
const WAIT = ['NtWaitForAlertByThreadId', 'RtlSleepConditionVariableSRW', 'SleepConditionVariableSRW', 'mozilla::detail::ConditionVariableImpl::wait', 'mozilla::CondVar::Wait'];
const EVENT_LOOP = ['mozilla::ThreadEventQueue::GetEvent', 'nsThread::ProcessNextEvent', 'NS_ProcessNextEvent'];
const WORKER = ['mozilla::dom::WorkerPrivate::DoRunLoop', 'mozilla::dom::workerinternals::WorkerThreadPrimaryRunnable::Run'];
const SYNC_IPC = ['NtWaitForAlertByThreadId', 'mozilla::ipc::MessageChannel::WaitForSyncNotify', 'mozilla::CondVar::Wait', 'mozilla::ipc::MessageChannel::Send'];

const crashes = [
  windowsCrash(...WAIT, ...EVENT_LOOP),
  windowsCrash(...WAIT, ...EVENT_LOOP),
  windowsCrash(...WAIT, ...EVENT_LOOP),
  windowsCrash(...WAIT, ...WORKER),
  windowsCrash(...WAIT, ...WORKER),
  windowsCrash(...SYNC_IPC),
  windowsCrash('mozilla::dom::Element::SetAttr', 'nsContentUtils::SetNodeTextContent'),
];
/** The same, without blocking this process: the fake Crash Stats it talks to runs here. */
function siglabAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const jsonl = (items: readonly unknown[]) => items.map((item) => `${JSON.stringify(item)}\n`).join('');

describe('siglab suggest (the built bin)', () => {
  it('prints ranked suggestions as JSON lines, exactly the documented keys', () => {
    const { code, stdout, stderr } = siglab(['suggest', '--signature', 'mozilla::CondVar::Wait'], jsonl(crashes));
    expect(code).toBe(0);
    expect(stderr).toBe('siglab: 4 suggestions for a bucket of 5 of 7 crashes\n');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        file: 'prefix_signature_re.txt',
        line: 'mozilla::CondVar::Wait',
        kind: 'split',
        // The event loop's frames below it are irrelevant: those crashes keep the signature.
        buckets: [
          { signature: 'mozilla::CondVar::Wait', count: 3 },
          { signature: 'mozilla::CondVar::Wait | mozilla::dom::WorkerPrivate::DoRunLoop', count: 2 },
        ],
        // The sync IPC crash stops at CondVar::Wait too: it goes on to MessageChannel::Send.
        others_changed: 1,
      },
      {
        file: 'irrelevant_signature_re.txt',
        line: 'mozilla::ipc::MessageChannel::WaitForSyncNotify',
        kind: 'merge',
        buckets: [{ signature: 'mozilla::CondVar::Wait', count: 5 }],
        others_changed: 1,
      },
      {
        file: 'signature_sentinels.txt',
        line: 'mozilla::dom::WorkerPrivate::DoRunLoop',
        kind: 'split',
        buckets: [
          { signature: 'mozilla::CondVar::Wait', count: 3 },
          { signature: 'mozilla::dom::WorkerPrivate::DoRunLoop', count: 2 },
        ],
        others_changed: 0,
      },
      {
        file: 'signature_sentinels.txt',
        line: 'mozilla::ThreadEventQueue::GetEvent',
        kind: 'split',
        buckets: [
          { signature: 'mozilla::ThreadEventQueue::GetEvent', count: 3 },
          { signature: 'mozilla::CondVar::Wait', count: 2 },
        ],
        others_changed: 0,
      },
    ]);
    expect(Object.keys(lines[0] as object)).toEqual(['file', 'line', 'kind', 'buckets', 'others_changed']);
  });

  it('escapes the line like re.escape, and --limit keeps the best', () => {
    const frame = 'js::(anonymous namespace)::TypedArrayObjectTemplate<T>::fromArray';
    const called = [0, 1, 2].map((n) => windowsCrash(frame, `js::jit::DoCallFallback${n}`));
    const { code, stdout } = siglab(['suggest', '--signature', frame, '--limit', '1'], jsonl(called));
    expect(code).toBe(0);
    const [only, ...rest] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: string; buckets: unknown[] });
    expect(rest).toEqual([]);
    expect(only?.line).toBe('js::\\(anonymous\\ namespace\\)::TypedArrayObjectTemplate<T>::fromArray');
    expect(only?.buckets).toHaveLength(3);
  });

  it('skips lines that are not crashes with a message, and says when no crash signs as S (exit 1) or S is missing (exit 2)', () => {
    const read = siglab(['suggest', '--signature', 'nothing | like | this'], `${jsonl(crashes)}{not json\n`);
    expect(read.code).toBe(1);
    expect(read.stderr).toContain('siglab: input line 8: invalid JSON');
    expect(read.stderr).toContain('no input crash signs as "nothing | like | this" with these siglists (7 crashes read)');
    expect(siglab(['suggest'], jsonl(crashes)).code).toBe(2);
    expect(siglab(['suggest', '--signature', 'x', '--limit', '0'], '').code).toBe(2);
  });
});

describe('siglab check (the built bin)', () => {
  const ids = ['0b1c2d3e-4f50-4a61-8b72-839400261125', '1b1c2d3e-4f50-4a61-8b72-839400261125', '2b1c2d3e-4f50-4a61-8b72-839400261125'];
  let server: FakeCrashStats;
  const dir = mkdtempSync(join(tmpdir(), 'siglab-check-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  beforeAll(async () => {
    // Processed crashes as Crash Stats serves them, for expectations about crashes not in a file.
    const processed = (id: string, ...functions: string[]) => ({ uuid: id, signature: 'stored', json_dump: { crash_info: { crashing_thread: 0 }, system_info: { os: 'Windows NT' }, threads: windowsCrash(...functions).threads } });
    server = await createFakeCrashStatsServer(new Map([[ids[2] as string, processed(ids[2] as string, ...WAIT, ...WORKER)]]));
  });
  afterAll(() => server.close());

  const crashFile = () => file('crashes.jsonl', jsonl([{ uuid: ids[0], ...windowsCrash(...WAIT, ...EVENT_LOOP) }, { crash_id: ids[1], ...windowsCrash(...SYNC_IPC) }]));

  it('exits 0 when every expectation holds, from JSON lines or socorro-cmd text output', () => {
    const expectations = file('hold.jsonl', `{"crash_id": "${ids[0]}", "signature": "mozilla::CondVar::Wait"}\nCrash id: bp-${ids[1]}\nOriginal: old\nNew:      mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait\nSame?:    False\n`);
    const { code, stdout, stderr } = siglab(['check', expectations, '--crashes', crashFile()]);
    expect(stdout).toBe('');
    expect(stderr).toBe('siglab: 2 expectations: 2 hold, 0 fail\n');
    expect(code).toBe(0);
  });

  it('prints the ones that fail and exits 1', () => {
    const lists = mkdtempSync(join(tmpdir(), 'siglab-check-lists-'));
    for (const name of readdirSync(join(REPO_ROOT, 'public', 'siglists'))) {
      if (!name.endsWith('.txt')) continue;
      const text = readFileSync(join(REPO_ROOT, 'public', 'siglists', name), 'utf8');
      writeFileSync(join(lists, name), name === 'prefix_signature_re.txt' ? `${text}mozilla::CondVar::Wait\n` : text);
    }
    const expectations = file('fail.jsonl', `{"crash_id": "${ids[0]}", "signature": "mozilla::CondVar::Wait"}\n{"crash_id": "${ids[1]}", "signature": "mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait"}\n`);
    const { code, stdout, stderr } = siglab(['check', expectations, '--crashes', crashFile(), '--siglists', lists]);
    expect(code).toBe(1);
    // The event-loop crash keeps its signature (the frames below CondVar::Wait are irrelevant); the sync IPC one gains a frame.
    expect(stdout).toBe(
      `${JSON.stringify({ crash_id: ids[1], expected: 'mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait', signature: 'mozilla::ipc::MessageChannel::WaitForSyncNotify | mozilla::CondVar::Wait | mozilla::ipc::MessageChannel::Send' })}\n`,
    );
    expect(stderr).toBe('siglab: 2 expectations: 1 hold, 1 fail\n');
  });

  it('fetches crashes the file lacks by id through the cache: the second run asks Crash Stats nothing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'siglab-check-cache-'));
    const expectations = file('fetch.jsonl', `{"crash_id": "${ids[2]}", "signature": "mozilla::CondVar::Wait"}\n`);
    const args = ['check', expectations, '--api-url', `${server.url}/api`, '--cache-dir', cache];
    const before = server.log.length;
    expect((await siglabAsync(args)).code).toBe(0);
    expect(server.log.length).toBe(before + 1);
    expect((await siglabAsync(args)).code).toBe(0);
    expect(server.log.length).toBe(before + 1);
  });

  it('exits 2 on bad input: unreadable expectations, a crash that cannot be had, a missing file', async () => {
    const bad = siglab(['check', file('bad.jsonl', `{"crash_id": "${ids[0]}"}\n`)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.jsonl line 1: no "signature" string');
    const missingId = '9b1c2d3e-4f50-4a61-8b72-839400261125';
    const unknown = await siglabAsync(['check', file('unknown.jsonl', `{"crash_id": "${missingId}", "signature": "x"}\n`), '--api-url', `${server.url}/api`, '--no-cache']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ crash_id: missingId, expected: 'x', error: expect.stringContaining(missingId) });
    expect(siglab(['check', join(dir, 'no-such-file.jsonl')]).code).toBe(2);
    expect(siglab(['check']).code).toBe(2);
  });
});
