import { describe, expect, it } from 'vitest';
import type { LoadedCrash } from './crashStore.ts';
import { parseHere, type RangeParser } from './crashRangeParser.ts';
import { readCrashFile } from './readCrashFile.ts';

const crash = (n: number, withId = true) => JSON.stringify({ ...(withId ? { uuid: `c${n}` } : {}), crashing_thread: 0, threads: [{ frames: [{ function: `F${n}` }] }] });

/** 40 lines: some without an id (named by their line), a broken one and a blank one in each half, an id repeated across the halves. */
function sampleFile(): File {
  const lines = Array.from({ length: 40 }, (_, n) => crash(n, n % 7 !== 3));
  lines[5] = '{broken';
  lines[30] = '{broken too';
  lines[12] = '';
  lines[33] = '   ';
  lines[35] = crash(1);
  return new File([`${lines.join('\n')}\n`], 'sample.jsonl');
}

async function read(file: File, rangeParser?: RangeParser) {
  const crashes: LoadedCrash[] = [];
  const errors: string[] = [];
  const progress: number[] = [];
  await readCrashFile(file, { add: (batch) => batch.forEach((loaded) => crashes.push(loaded)), error: (message) => errors.push(message), progress: (bytes) => progress.push(bytes) }, { rangeParser, parallelFromBytes: 0 });
  return { crashes, errors, progress };
}

describe('readCrashFile in two parts', () => {
  it('gives the same crashes, ids, errors and order as reading in one go', async () => {
    const whole = await read(sampleFile());
    const split = await read(sampleFile(), parseHere);
    expect(split.crashes).toEqual(whole.crashes);
    expect(split.errors).toEqual(whole.errors);
    expect(whole.errors).toEqual([expect.stringMatching(/^sample\.jsonl line 6: invalid JSON/), expect.stringMatching(/^sample\.jsonl line 31: invalid JSON/)]);
    expect(whole.crashes.map((c) => c.id)).toContain('sample:39');
    expect(split.progress.at(-1)).toBe(sampleFile().size);
  });

  it('reads what the other parser did not deliver when it fails half-way', async () => {
    const failing: RangeParser = {
      async parse(blob, onItems) {
        await parseHere.parse(blob, (items, bytes) => onItems(items.slice(0, 3), bytes));
        throw new Error('worker died');
      },
    };
    const whole = await read(sampleFile());
    const rescued = await read(sampleFile(), failing);
    expect(rescued.crashes).toEqual(whole.crashes);
    expect(rescued.errors).toEqual(whole.errors);
  });
});
