import { describe, expect, it } from 'vitest';
import { pyStr } from '../engine/index.ts';
import { parseCrashFile } from './parseCrashFiles.ts';

describe('parseCrashFile', () => {
  it('reads .jsonl of processed crashes and crash data, with per-line errors', () => {
    const text = [
      JSON.stringify({ uuid: 'p-1', signature: 'sig', json_dump: { threads: [] } }),
      '{broken',
      JSON.stringify({ crashing_thread: 0, threads: [], original_signature: 'x' }),
      '',
      '[1, 2]',
    ].join('\n');
    const parsed = parseCrashFile('set.jsonl', text);
    expect(parsed.crashes.map((c) => c.id)).toEqual(['p-1', 'set:3']);
    expect(parsed.crashes[0]?.crash.original_signature).toBe('sig');
    expect(parsed.crashes[1]?.crash).toEqual({ crashing_thread: 0, threads: [], original_signature: 'x' });
    expect(parsed.errors).toEqual([expect.stringMatching(/^set\.jsonl line 2: invalid JSON/), 'set.jsonl line 5: not a JSON object']);
  });

  it("reads numbers as Python's json does and keeps only what signing reads", () => {
    const parsed = parseCrashFile('odd.jsonl', '{"uuid": "a", "crashing_thread": 1, "threads": [{"frames": []}, {"frames": [{"file": "x.cpp", "line": 1.0}]}, {"frames": []}], "big": [1e999]}');
    expect(parsed.errors).toEqual([]);
    const crash = parsed.crashes[0]?.crash as { threads: { frames: { line: unknown }[] }[] };
    expect(Object.keys(crash)).toEqual(['uuid', 'crashing_thread', 'threads']);
    expect(crash.threads[2]).toBeNull();
    expect(pyStr(crash.threads[1]?.frames[0]?.line)).toBe('1.0');
  });

  it('reads a .json array or a single object', () => {
    expect(parseCrashFile('a.json', JSON.stringify([{ uuid: 'a' }, { uuid: 'b', signature: 's' }])).crashes.map((c) => c.id)).toEqual(['a', 'b']);
    expect(parseCrashFile('one.json', JSON.stringify({ threads: [] })).crashes.map((c) => c.id)).toEqual(['one']);
    expect(parseCrashFile('bad.json', '{').errors[0]).toMatch(/^bad\.json: invalid JSON/);
    // An item nested too deep is refused alone; the rest of the array loads.
    const deep = parseCrashFile('deep.json', `[{"uuid":"a"},{"uuid":"b","hang":${'['.repeat(5_000)}${']'.repeat(5_000)}},{"uuid":"c"}]`);
    expect([deep.crashes.map((c) => c.id), deep.errors]).toEqual([['a', 'c'], ['deep.json item 2: nested deeper than 1,000 levels; no crash is']]);
  });
});
