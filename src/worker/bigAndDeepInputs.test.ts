import { describe, expect, it } from 'vitest';
import { createEngineApi } from './engineApi.ts';
import { parseCrashFile } from './parseCrashFiles.ts';

const deep = `{"crashing_thread":0,"threads":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
const good = (n: number) => JSON.stringify({ uuid: `c${n}`, crashing_thread: 0, threads: [{ frames: [{ function: `F${n}` }] }] });

describe('big and deep crash inputs', () => {
  it('a 20,000-level item is one per-item error; the rest of the file loads', () => {
    const parsed = parseCrashFile('mixed.jsonl', [good(1), deep, good(2)].join('\n'));
    expect(parsed.crashes.map((crash: { id: string }) => crash.id)).toEqual(['c1', 'c2']);
    expect(parsed.errors).toEqual(['mixed.jsonl line 2: nested deeper than 1,000 levels; no crash is']);
    // What remains can cross to the worker (structured cloning throws on the deep one).
    expect(() => structuredClone(parsed.crashes)).not.toThrow();
  });

  it('the worker appends 300,000 crashes at once without a spread overflowing the stack', () => {
    const api = createEngineApi();
    const added = Array.from({ length: 300_000 }, (_, n) => ({ id: `c${n}`, crash: { crashing_thread: 0 } }));
    expect(api.addCrashes(added)).toBe(300_000);
  });
});

describe('a 1,000,000-line .jsonl', () => {
  it('streams into the worker in batches and loads every line', async () => {
    const api = createEngineApi();
    const text = '{"crashing_thread":0}\n'.repeat(1_000_000);
    const report = await api.loadFiles([new File([text], 'million.jsonl')]);
    expect(report).toMatchObject({ added: 1_000_000, total: 1_000_000, errorCount: 0 });
    expect(api.crashSetInfo().count).toBe(1_000_000);
  }, 120_000);
});
