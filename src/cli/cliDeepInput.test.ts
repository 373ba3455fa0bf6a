import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const good = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: 'nsFoo::Bar' }] }] });
const deep = `{"crashing_thread":0,"threads":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;

describe('siglab signify with a 20,000-level item', () => {
  it('fails that line alone and signs the others', async () => {
    let stdout = '';
    const code = await main(['signify', '--jsonl'], {
      stdin: Object.assign((async function* () {
        yield `${good}\n${deep}\n${good}\n`;
      })(), { isTTY: false }),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => undefined },
      env: {},
    });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { signature?: string; error?: string });
    expect(lines.map((line) => line.signature ?? line.error)).toEqual(['nsFoo::Bar', 'nested deeper than 1,000 levels; no crash is', 'nsFoo::Bar']);
  });
});
