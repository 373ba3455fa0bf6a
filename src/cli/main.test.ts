import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCrashStatsServer, type FakeCrashStats } from '../../scripts/fake-crash-stats/createFakeCrashStatsServer.ts';
import { main } from './main.ts';

const OOM_ID = '11111111-2222-3333-4444-555555201124';
const ABORT_ID = '22222222-2222-3333-4444-555555201124';
const MISSING_ID = '33333333-2222-3333-4444-555555201124';
const BROKEN_ID = '44444444-2222-3333-4444-555555201124';

const stack = (...functions: string[]) => ({
  crash_info: { crashing_thread: 0, type: 'SIGSEGV' },
  system_info: { os: 'Linux' },
  threads: [{ frames: functions.map((fn) => ({ function: fn, module: 'libxul.so' })) }],
});

const crashes = new Map<string, Record<string, unknown>>([
  [OOM_ID, { uuid: OOM_ID, signature: 'OOM | small', oom_allocation_size: 100, json_dump: stack('mozalloc_abort', 'moz_xmalloc', 'nsFoo::Bar(int)') }],
  [ABORT_ID, { uuid: ABORT_ID, signature: 'old | signature', abort_message: 'it broke', json_dump: stack('nsThing::Explode()') }],
  [BROKEN_ID, { uuid: BROKEN_ID, signature: 'x' }],
]);

let server: FakeCrashStats;
beforeAll(async () => {
  server = await createFakeCrashStatsServer(crashes);
});
afterAll(() => server.close());

async function run(argv: string[], stdinText = '', env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign((async function* () {
    if (stdinText) yield stdinText;
  })(), { isTTY: false });
  const code = await main(argv, {
    stdin,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'siglab-cache-')), ...env },
  });
  return { code, stdout, stderr };
}

const api = () => ['--api-url', `${server.url}/api`];

describe('siglab signature', () => {
  it('prints production vs. new signatures, with per-id errors and a failing exit code', async () => {
    server.misbehave({ serverErrors: 0 });
    const { code, stdout, stderr } = await run(['signature', ...api(), `bp-${OOM_ID}`, 'nonsense', MISSING_ID, `https://crash-stats.mozilla.org/report/index/${ABORT_ID}`]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `Crash id: ${OOM_ID}`,
        'Original: OOM | small',
        'New:      OOM | small',
        'Same?:    True',
        '',
        `Crash id: ${ABORT_ID}`,
        'Original: old | signature',
        'New:      Abort | it broke | nsThing::Explode',
        'Same?:    False',
        '',
      ].join('\n'),
    );
    expect(stderr).toContain('WARNING: Error: nonsense is not a valid crash id');
    expect(stderr).toContain(`WARNING: ${MISSING_ID}: not found: Crash not found`);
    expect(stderr).toContain('2 of 4 crash ids failed');
  });

  it('reads ids from stdin and writes CSV like upstream', async () => {
    const { code, stdout } = await run(['signature', ...api(), '--format', 'csv', '--no-cache'], `${OOM_ID}\n\n${ABORT_ID}\n`);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '"crashid","old","new","same?","notes"\r\n' +
        `"${OOM_ID}","OOM | small","OOM | small","True","[]"\r\n` +
        `"${ABORT_ID}","old | signature","Abort | it broke | nsThing::Explode","False","[]"\r\n`,
    );
  });

  it('writes markdown with report links, and only changes with --different-only', async () => {
    const { stdout } = await run(['signature', ...api(), '--format', 'markdown', '--different-only', '--no-cache', OOM_ID, ABORT_ID]);
    expect(stdout).toBe(
      [
        `**Crash id:** [${ABORT_ID}](https://crash-stats.mozilla.org/report/index/${ABORT_ID})`,
        '**Original:** `old | signature`',
        '**New:** `Abort | it broke | nsThing::Explode`',
        '**Same?:** False',
        '**Notes:** (0)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON lines with the debug log and extra when verbose', async () => {
    const { stdout } = await run(['signature', ...api(), '--format', 'json', '--verbose', '--no-cache', OOM_ID]);
    const record = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(record).toMatchObject({ crashid: OOM_ID, old: 'OOM | small', new: 'OOM | small', same: true, notes: [] });
    expect(record.extra).toEqual({ proto_signature: 'mozalloc_abort | moz_xmalloc | nsFoo::Bar', normalized_frames: ['mozalloc_abort', 'moz_xmalloc', 'nsFoo::Bar'] });
    expect(record.debug_log).toEqual(expect.arrayContaining(['SignatureGenerationRule: using CSignatureTool']));
  });

  it('caches converted crashes so a second run makes no request', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'siglab-cache-'));
    const before = server.log.length;
    await run(['signature', ...api(), '--cache-dir', cacheDir, OOM_ID, ABORT_ID]);
    expect(server.log.length - before).toBe(2);
    const second = await run(['signature', ...api(), '--cache-dir', cacheDir, OOM_ID, ABORT_ID]);
    expect(server.log.length - before).toBe(2);
    expect(second.stdout).toContain('Abort | it broke | nsThing::Explode');
  });

  it('retries a server error and reports a crash the server cannot give', async () => {
    server.misbehave({ serverErrors: 1 });
    const { code, stdout } = await run(['signature', ...api(), '--no-cache', OOM_ID]);
    expect(code).toBe(0);
    expect(stdout).toContain('Same?:    True');
  }, 20_000);

  it('refuses siglists with invalid lines, naming file and line', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'siglab-lists-'));
    mkdirSync(dir, { recursive: true });
    for (const file of ['irrelevant_signature_re.txt', 'prefix_signature_re.txt', 'signature_sentinels.txt', 'signatures_with_line_numbers_re.txt']) {
      writeFileSync(join(dir, file), file.startsWith('prefix') ? 'ok\nbroken(\n' : 'x\n');
    }
    const { code, stderr } = await run(['signature', ...api(), '--siglists', dir, OOM_ID]);
    expect(code).toBe(2);
    expect(stderr).toBe('prefix_signature_re.txt:2: missing ), unterminated subpattern at position 6: broken(\n');
  });
});

describe('siglab signify', () => {
  const crashData = { crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar(int)' }] }], hang: 'ui' };

  it('signs one crash-data object', async () => {
    const { code, stdout } = await run(['signify'], JSON.stringify(crashData));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      signature: 'hang: ui | nsFoo::Bar',
      proto_signature: 'nsFoo::Bar',
      notes: [],
      extra: { proto_signature: 'nsFoo::Bar', normalized_frames: ['nsFoo::Bar'] },
    });
  });

  it('streams JSON lines in order, with an error object for a malformed line', async () => {
    const input = `${JSON.stringify(crashData)}\n{broken\n${JSON.stringify({ ...crashData, hang: null })}\n`;
    const { code, stdout } = await run(['signify', '--jsonl'], input);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.signature ?? 'error')).toEqual(['hang: ui | nsFoo::Bar', 'error', 'nsFoo::Bar']);
    expect(lines[1]?.error).toMatch(/^invalid JSON/);
  });

  it('converts processed crashes first with --input processed', async () => {
    const { stdout } = await run(['signify', '--input', 'processed', '--verbose'], JSON.stringify(crashes.get(ABORT_ID)));
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(output.signature).toBe('Abort | it broke | nsThing::Explode');
    expect(output.debug_log).toBeInstanceOf(Array);
  });
});

describe('siglab fetch-data and usage', () => {
  it('prints converted crash data', async () => {
    const { code, stdout } = await run(['fetch-data', ...api(), ABORT_ID]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ abort_message: 'it broke', original_signature: 'old | signature', os: 'Linux' });
  });

  it('answers unknown commands and options with exit code 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['signature', '--format', 'xml', OOM_ID])).code).toBe(2);
    expect((await run(['signify', '--bogus'])).code).toBe(2);
  });
});
