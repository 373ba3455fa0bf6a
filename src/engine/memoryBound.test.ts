import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compileSiglists } from './siglists/compileSiglists.ts';
import { createGenerator } from './createGenerator.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';

/** Heap in use after a full collection: what the generator still holds, not garbage. */
function heapAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

describe('a generator’s memos are bounded in characters, not only in entries', () => {
  it('holds less than 100 MB after signing 150 crashes with distinct 1 MB function and module names', () => {
    const generator = createGenerator(compileSiglists(loadStockSiglists()));
    const before = heapAfterCollection();
    for (let i = 0; i < 150; i++) {
      const name = `${String(i).padStart(3, '0')}${'nsFoo::Bar'.repeat(100_000)}`;
      generator.generate({ crashing_thread: 0, threads: [{ frames: [{ function: name }, { module: `${name}.so` }] }] });
    }
    expect(heapAfterCollection() - before).toBeLessThan(100 * 1024 * 1024);
  });
});
