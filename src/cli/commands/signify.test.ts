import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGLIST_FILES } from '../../engine/index.ts';
import { main } from '../main.ts';

async function signify(argv: string[], stdinText: string) {
  let stdout = '';
  let stderr = '';
  const stdin = (async function* () {
    yield stdinText;
  })();
  const code = await main(['signify', ...argv], {
    stdin,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
  });
  return { code, stdout, stderr };
}

const pick = (output: Record<string, unknown>) => ({ signature: output.signature, proto_signature: output.proto_signature, notes: output.notes });

/** The "almost minimal" crash_data.json of siggen's README, and the output it documents. */
const SIGGEN_README_CRASH = {
  os: 'Linux',
  crashing_thread: 0,
  threads: [
    {
      frames: [
        { frame: 0, function: 'SomeFunc', line: 20, file: 'somefile.cpp', module: 'foo.so.5.15.0', module_offset: '0x37a92', offset: '0x7fc641052a92' },
        { frame: 1, function: 'SomeOtherFunc', line: 444, file: 'someotherfile.cpp', module: 'bar.so', module_offset: '0x39a55', offset: '0x7fc641044a55' },
      ],
    },
  ],
};
const SIGGEN_README_OUTPUT = { notes: [], proto_signature: 'SomeFunc | SomeOtherFunc', signature: 'SomeFunc' };

describe('siglab signify as a drop-in for siggen signify', () => {
  it("prints siggen's documented output for siggen's README example", async () => {
    const { code, stdout } = await signify([], JSON.stringify(SIGGEN_README_CRASH));
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(pick(output)).toEqual(SIGGEN_README_OUTPUT);
    // Indented like siggen's json.dumps(..., indent=2), siggen's keys first.
    expect(stdout.startsWith('{\n  "signature": "SomeFunc",\n  "proto_signature": "SomeFunc | SomeOtherFunc",\n  "notes": []')).toBe(true);
  });

  it('answers an empty proto_signature, as siggen, when there are no frames', async () => {
    const output = JSON.parse((await signify([], '{}')).stdout) as Record<string, unknown>;
    expect(pick(output)).toEqual({
      signature: 'EMPTY: no frame data available',
      proto_signature: '',
      notes: ['SignatureGenerationRule: CSignatureTool: no frame data for crashing thread (0)'],
    });
  });

  it('takes an object with json_dump for a processed crash, even with original_signature', async () => {
    const processed = {
      uuid: 'de1bb258-cbbf-4589-a673-34f800160918',
      signature: 'production | signature',
      original_signature: 'older | signature',
      json_dump: { crash_info: { crashing_thread: 0, type: 'SIGSEGV' }, system_info: { os: 'Linux' }, threads: [SIGGEN_README_CRASH.threads[0]] },
    };
    const output = JSON.parse((await signify([], JSON.stringify(processed))).stdout) as Record<string, unknown>;
    expect(pick(output)).toEqual(SIGGEN_README_OUTPUT);
    // Without json_dump the same object is crash data: no threads, so no frames.
    const { json_dump: _dump, ...withoutDump } = processed;
    expect((JSON.parse((await signify([], JSON.stringify(withoutDump))).stdout) as { signature: string }).signature).toBe('EMPTY: no frame data available');
    // --input crash-data forces crash data even with json_dump.
    expect((JSON.parse((await signify(['--input', 'crash-data'], JSON.stringify(processed))).stdout) as { signature: string }).signature).toBe('EMPTY: no frame data available');
  });

  it('applies the json_dump rule per line with --jsonl', async () => {
    const processed = { json_dump: { threads: [{ frames: [{ function: 'FromProcessed' }] }] } };
    const crashData = { threads: [{ frames: [{ function: 'FromCrashData' }] }] };
    const { stdout } = await signify(['--jsonl'], `${JSON.stringify(processed)}\n${JSON.stringify(crashData)}\n`);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as { signature: string }).signature)).toEqual(['FromProcessed', 'FromCrashData']);
  });

  it("accepts siggen's --signature-list-dir", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siglab-lists-'));
    for (const file of SIGLIST_FILES) writeFileSync(join(dir, file), file === 'irrelevant_signature_re.txt' ? 'SomeFunc\n' : '(?!)\n');
    const output = JSON.parse((await signify(['--signature-list-dir', dir], JSON.stringify(SIGGEN_README_CRASH))).stdout) as Record<string, unknown>;
    expect(output.signature).toBe('SomeOtherFunc');
    expect((await signify(['--signature-list-dir', dir, '--siglists', dir], '{}')).code).toBe(2);
  });

  it('prints the trace with --trace and the debug log with --verbose, as JSON', async () => {
    const traced = JSON.parse((await signify(['--trace'], JSON.stringify(SIGGEN_README_CRASH))).stdout) as { trace: { rule: string; frames?: { decision: string }[] }[] };
    expect(traced.trace[0]?.rule).toBe('SignatureGenerationRule');
    expect(traced.trace[0]?.frames?.map((frame) => frame.decision)).toEqual(['stop', 'not-reached']);
    const verbose = JSON.parse((await signify(['-v'], JSON.stringify(SIGGEN_README_CRASH))).stdout) as { debug_log: string[] };
    expect(verbose.debug_log).toContain('SignatureGenerationRule: using CSignatureTool');
  });
});

describe("siglab signify reads numbers as Python's json does", () => {
  const odd = (line: string) => `{"crashing_thread": 0, "threads": [{"frames": [{"file": "dom/base/nsDocument.cpp", "line": ${line}}]}]}`;

  it('one crash, on this thread', async () => {
    expect((JSON.parse((await signify([], odd('1.0'))).stdout) as { signature: string }).signature).toBe('nsDocument.cpp#1.0');
  });

  it('--jsonl, read in the signing worker, trace included', async () => {
    const { code, stdout } = await signify(['--jsonl', '--trace'], [odd('1.0'), odd('9007199254740993'), odd('NaN'), '{"oom_allocation_size": 1e999, "json_dump": {}}', '{bad'].join('\n'));
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { signature?: string; error?: string });
    expect(lines.map((line) => line.signature ?? line.error)).toEqual([
      'nsDocument.cpp#1.0',
      'nsDocument.cpp#9007199254740993',
      'nsDocument.cpp#nan',
      'cannot convert float infinity to integer',
      'invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',
    ]);
  });
});
