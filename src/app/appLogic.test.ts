import { describe, expect, it } from 'vitest';
import { diffSignatureTokens } from './diffSignatureTokens.ts';
import { parseCrashFile } from './parseCrashFiles.ts';
import { summarizeResults } from './summarizeResults.ts';

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

  it('reads a .json array or a single object', () => {
    expect(parseCrashFile('a.json', JSON.stringify([{ uuid: 'a' }, { uuid: 'b', signature: 's' }])).crashes.map((c) => c.id)).toEqual(['a', 'b']);
    expect(parseCrashFile('one.json', JSON.stringify({ threads: [] })).crashes.map((c) => c.id)).toEqual(['one']);
    expect(parseCrashFile('bad.json', '{').errors[0]).toMatch(/^bad\.json: invalid JSON/);
  });
});

describe('summarizeResults', () => {
  const row = (id: string, stock: string, edited: string) => ({ id, production: null, stock, edited, notes: [] });
  it('counts changes and lists merges and splits', () => {
    const summary = summarizeResults([row('1', 'A', 'X'), row('2', 'B', 'X'), row('3', 'C', 'C1'), row('4', 'C', 'C2'), row('5', 'C', 'C2'), row('6', 'D', 'D')]);
    expect(summary).toMatchObject({ crashes: 6, changed: 5, stockSignatures: 4, editedSignatures: 4 });
    expect(summary.changes).toEqual([
      { kind: 'merge', signature: 'X', parts: [{ signature: 'A', count: 1 }, { signature: 'B', count: 1 }] },
      { kind: 'split', signature: 'C', parts: [{ signature: 'C2', count: 2 }, { signature: 'C1', count: 1 }] },
    ]);
  });
});

describe('diffSignatureTokens', () => {
  it('marks the parts the other signature lacks', () => {
    expect(diffSignatureTokens('a | b | c', 'a | c')).toEqual([
      { text: 'a', changed: false },
      { text: 'b', changed: true },
      { text: 'c', changed: false },
    ]);
    expect(diffSignatureTokens('a | c', 'a | b | c').every((token) => !token.changed)).toBe(true);
  });
});

describe('findSuspectLines', () => {
  it('names the lines the stock lists lack', async () => {
    const { findSuspectLines } = await import('./findSuspectLines.ts');
    const { EMPTY_SIGLIST_TEXTS } = await import('../engine/siglists/compileSiglists.ts');
    const stock = { ...EMPTY_SIGLIST_TEXTS, 'prefix_signature_re.txt': 'a\nb\n' };
    const edited = { ...stock, 'prefix_signature_re.txt': 'a\n(x+)+y\nb\n# note\n' };
    expect(findSuspectLines(stock, edited)).toEqual([{ file: 'prefix_signature_re.txt', line: 2, pattern: '(x+)+y' }]);
  });
});
