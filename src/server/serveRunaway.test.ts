import { afterEach, describe, expect, it } from 'vitest';
import { healthzMs } from '../testing/httpRequest.ts';
import { listsWithRunaway, RUNAWAY_LINE, RUNAWAY_NAME } from '../testing/listsWithRunaway.ts';
import { startServe, type ServeProcess } from '../testing/startServe.ts';

const crashWith = (fn: string) => JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: fn }, { function: 'main' }] }] });
const post = (base: string, path: string, body: string) => fetch(`${base}${path}`, { method: 'POST', body, signal: AbortSignal.timeout(60_000) });

let serve: ServeProcess | undefined;
afterEach(() => serve?.kill());

describe('siglab serve: a runaway crash stalls nobody (the built bin, real HTTP)', () => {
  it('answers the runaway request with the siglist line, answers /healthz meanwhile, and keeps serving', async () => {
    const { dir, line } = listsWithRunaway();
    serve = await startServe(['--siglists', dir, '--watchdog', '1']);
    const { base } = serve;
    const runaway = post(base, '/signature', crashWith(RUNAWAY_NAME));
    // While a worker is stuck in the regex, the service answers at once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const latencies = [await healthzMs(base), await healthzMs(base), await healthzMs(base)];
    // Before, the service's one thread was inside the regex: /healthz got no answer at all.
    expect(latencies.reduce((a, b) => Math.max(a, b), 0)).toBeLessThan(2_400);
    const other = await post(base, '/signature', crashWith('nsFoo::Bar(int)'));
    expect(((await other.json()) as { signature: string }).signature).toBe('nsFoo::Bar');

    const answer = await runaway;
    expect(answer.status).toBe(422);
    const body = (await answer.json()) as { error: string; siglist_line: string };
    expect(body.siglist_line).toBe(`irrelevant_signature_re.txt:${line}`);
    expect(body.error).toContain('signing took longer than 1 s and was stopped');
    expect(body.error).toContain(`irrelevant_signature_re.txt:${line}: this line backtracks catastrophically on this crash: ${RUNAWAY_LINE}`);
    const after = await post(base, '/signature', crashWith('nsFoo::Baz(int)'));
    expect(((await after.json()) as { signature: string }).signature).toBe('nsFoo::Baz');
  }, 90_000);

  it('answers a runaway line of /signatures with an error line naming it and its input line, and goes on', async () => {
    const { dir, line } = listsWithRunaway();
    serve = await startServe(['--siglists', dir, '--watchdog', '1']);
    const input = [crashWith('First::Frame'), '', crashWith(RUNAWAY_NAME), crashWith('Last::Frame')].join('\n');
    const answer = await post(serve.base, '/signatures', `${input}\n`);
    const lines = (await answer.text()).trim().split('\n').map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ signature: 'First::Frame' });
    expect(lines[1]).toMatchObject({ input_line: 3, siglist_line: `irrelevant_signature_re.txt:${line}` });
    expect(lines[1]?.error).toContain('input line 3: signing took longer than 1 s and was stopped');
    expect(lines[2]).toMatchObject({ signature: 'Last::Frame' });
  }, 90_000);

  it('ends within its grace period on SIGTERM even while a worker is inside a backtracking regex', async () => {
    const { dir } = listsWithRunaway();
    serve = await startServe(['--siglists', dir, '--watchdog', '600', '--grace', '2']);
    const stuck = post(serve.base, '/signature', crashWith(RUNAWAY_NAME)).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const start = performance.now();
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(serve.output()).toContain('SIGTERM, finishing requests in flight');
    await stuck;
  }, 30_000);
});
