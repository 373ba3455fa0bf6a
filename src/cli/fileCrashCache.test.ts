import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyStr, readCrashJson, type CrashData } from '../engine/index.ts';
import { createFileCrashCache } from './fileCrashCache.ts';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

describe('createFileCrashCache', () => {
  it('gives back the numbers it was given as Python holds them (1.0, a big int, NaN)', async () => {
    const cache = createFileCrashCache(mkdtempSync(join(tmpdir(), 'siglab-cache-')), () => undefined);
    const read = readCrashJson('{"crashing_thread": 0, "hang": 1.0, "oom_allocation_size": 9007199254740993, "threads": [{"frames": [{"line": NaN}]}]}');
    await cache.set(ID, (read as { value: CrashData }).value);
    const back = (await cache.get(ID)) as { hang: unknown; oom_allocation_size: unknown; threads: { frames: { line: unknown }[] }[] };
    expect([pyStr(back.hang), pyStr(back.oom_allocation_size), pyStr(back.threads[0]?.frames[0]?.line)]).toEqual(['1.0', '9007199254740993', 'nan']);
  });
});
