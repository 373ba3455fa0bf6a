import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../siglists/compileSiglists.ts';
import type { SiglistTexts } from '../types.ts';
import { locateRunaway, type RunawaySearch } from './locateRunaway.ts';
import { regexLines } from './siglistSubsets.ts';

const FILE = 'irrelevant_signature_re.txt';
const stockLines = ['@0x0', 'RtlpWaitOnCriticalSection', '.*framework.*\\.oat', 'KiFastSystemCallRet', 'memcpy'];
const stock: SiglistTexts = { ...EMPTY_SIGLIST_TEXTS, [FILE]: `# stock\n${stockLines.join('\n')}\n`, 'prefix_signature_re.txt': 'a\nb\n' };
const benign = Array.from({ length: 100 }, (_, i) => `Benign${i}::Frame`);

/**
 * A stand-in for signing under a budget: the lists hang when every line of
 * `culprits` is present (at its line number) and the crash is among those signed.
 */
function fakeSearch(edited: SiglistTexts, culprits: readonly string[], crash: number, crashCount = 40) {
  const probes: { lines: number; crashes: number }[] = [];
  const search: RunawaySearch = {
    stock,
    edited,
    suspects: regexLines(edited).filter((line) => !regexLines(stock).some((known) => known.file === line.file && known.pattern === line.pattern)),
    crashCount,
    hangs: async (texts, crashes) => {
      const present = regexLines(texts).map((line) => line.pattern);
      probes.push({ lines: present.length, crashes: crashes.length });
      return culprits.every((pattern) => present.includes(pattern)) && crashes.includes(crash);
    },
  };
  return { search, probes };
}

describe('locateRunaway', () => {
  it('names a runaway line added after 100 benign ones, and the crash it hangs on', async () => {
    const edited = { ...stock, [FILE]: `${stock[FILE]}${benign.join('\n')}\n(a+)+$\n` };
    const { search, probes } = fakeSearch(edited, ['(a+)+$'], 17);
    await expect(locateRunaway(search)).resolves.toEqual({ kind: 'edited-line', line: { file: FILE, line: 107, pattern: '(a+)+$' }, crash: 17 });
    expect(probes.length).toBeLessThan(30);
  });

  it('blames the stock line and names the crash when no edit is at fault', async () => {
    const edited = { ...stock, [FILE]: `${stock[FILE]}${benign.slice(0, 3).join('\n')}\n` };
    const { search } = fakeSearch(edited, ['.*framework.*\\.oat'], 3);
    await expect(locateRunaway(search)).resolves.toEqual({ kind: 'stock-line', line: { file: FILE, line: 4, pattern: '.*framework.*\\.oat' }, crash: 3 });
  });

  it('blames a stock line when nothing was edited at all', async () => {
    const { search } = fakeSearch(stock, ['memcpy'], 39);
    await expect(locateRunaway(search)).resolves.toEqual({ kind: 'stock-line', line: { file: FILE, line: 6, pattern: 'memcpy' }, crash: 39 });
  });

  it('says so when lines only hang together', async () => {
    const edited = { ...stock, [FILE]: `${stock[FILE]}x+\n${benign.slice(0, 6).join('\n')}\ny+\n` };
    const { search } = fakeSearch(edited, ['x+', 'y+'], 0);
    const found = await locateRunaway(search);
    expect(found.kind).toBe('not-found');
    expect(found.kind === 'not-found' && found.suspects.map((line) => line.pattern)).toEqual(expect.arrayContaining(['x+', 'y+']));
  });
});
