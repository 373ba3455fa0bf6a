import { describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer } from '../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { listsWithRunaway } from '../testing/listsWithRunaway.ts';
import { loadSiglistDir } from './loadSiglistDir.ts';
import { describeRunaway } from './describeRunaway.ts';
import { main } from './main.ts';

const crashWith = (fn: string) => JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: fn }, { function: 'main' }] }] });

async function signify(argv: string[], input: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['signify', '--watchdog', '1', ...argv], {
    stdin: Object.assign((async function* () {
      yield input;
    })(), { isTTY: false }),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('siglab signify under the watchdog', () => {
  it('stops a runaway line added after 100 benign ones and names it (exit 2)', async () => {
    const { dir, line } = listsWithRunaway();

    const input = `${crashWith('nsFine::Frame')}\n${crashWith(`${'a'.repeat(34)}b`)}\n`;
    const { code, stdout, stderr } = await signify(['--jsonl', '--siglists', dir], input);
    expect(code).toBe(2);
    expect(stdout).toBe(`${JSON.stringify({ signature: 'nsFine::Frame', proto_signature: 'nsFine::Frame | main', notes: [], extra: { proto_signature: 'nsFine::Frame | main', normalized_frames: ['nsFine::Frame', 'main'] } })}\n`);
    expect(stderr).toContain('siglab: input line 2: signing took longer than 1 s and was stopped');
    expect(stderr).toContain(`siglab: input line 2: irrelevant_signature_re.txt:${line}: this line backtracks catastrophically on this crash: (a+)+$`);
  }, 60_000);

  it('in a run long enough to sign in several workers, answers in order and still stops and names a runaway', async () => {
    const { dir, line } = listsWithRunaway();
    const fine = Array.from({ length: 300 }, (_, n) => crashWith(`nsFine::Frame${n}`));
    const { code, stdout, stderr } = await signify(['--jsonl', '--siglists', dir], `${fine.join('\n')}\n${crashWith(`${'a'.repeat(34)}b`)}\n${crashWith('after')}\n`);
    expect(code).toBe(2);
    const answers = stdout.trim().split('\n').map((answer) => (JSON.parse(answer) as { signature: string }).signature);
    expect(answers).toEqual(fine.map((_, n) => `nsFine::Frame${n}`));
    expect(stderr).toContain(`siglab: input line 301: irrelevant_signature_re.txt:${line}: this line backtracks catastrophically on this crash: (a+)+$`);
  }, 60_000);

  it('stops a runaway line on the one crash of a run without --jsonl (signed on the main thread) and names it', async () => {
    const { dir, line } = listsWithRunaway();
    const { code, stdout, stderr } = await signify(['--siglists', dir], crashWith(`${'a'.repeat(34)}b`));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('siglab: the input crash: signing took longer than 1 s and was stopped');
    expect(stderr).toContain(`siglab: the input crash: irrelevant_signature_re.txt:${line}: this line backtracks catastrophically on this crash: (a+)+$`);
  }, 60_000);

  it('names the stock line and says no edit is at fault when a line of the lists taken as stock backtracks', async () => {
    const { dir, line } = listsWithRunaway();
    const texts = await loadSiglistDir(dir);
    const text = await describeRunaway(texts, texts, JSON.parse(crashWith(`${'a'.repeat(34)}b`)), 1_000);
    expect(text).toBe(`irrelevant_signature_re.txt:${line}: no changed line is at fault: this stock line backtracks on this crash (an unusual frame, e.g. a very long function name): (a+)+$`);
  }, 60_000);

  it('signs a crafted frame that made the stock line .*framework.*\\.oat backtrack, well within the watchdog', async () => {
    const { code, stdout } = await signify([], crashWith('framework'.repeat(30_000)));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { signature: string }).signature).toBe(`${'framework'.repeat(28)}...`);
  }, 60_000);

  it('siglab signature signs under the watchdog too', async () => {
    const id = '11111111-2222-3333-4444-555555201124';
    const server = await createFakeCrashStatsServer(
      new Map([[id, { uuid: id, signature: 'old', json_dump: { crash_info: { crashing_thread: 0 }, threads: [{ frames: [{ function: `${'a'.repeat(34)}b` }] }] } }]]),
    );
    try {
      const { dir, line } = listsWithRunaway();
      let stderr = '';
      const code = await main(['signature', '--no-cache', '--watchdog', '1', '--siglists', dir, '--api-url', `${server.url}/api`, id], {
        stdin: Object.assign((async function* () {})(), { isTTY: true }),
        stdout: { write: () => undefined },
        stderr: { write: (text: string) => (stderr += text) },
        env: {},
      });
      expect(code).toBe(2);
      expect(stderr).toContain(`siglab: ${id}: irrelevant_signature_re.txt:${line}: this line backtracks catastrophically on this crash: (a+)+$`);
    } finally {
      await server.close();
    }
  }, 60_000);
});
