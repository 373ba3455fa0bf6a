import { describe, expect, it } from 'vitest';
import { pyJsonDumps, readCrashJson, type CrashData } from '../engine/index.ts';
import { packCrashes, unpackCrashes } from './packCrashes.ts';
import type { LoadedCrash } from './crashStore.ts';

const crash = (text: string) => (readCrashJson(text) as { value: CrashData }).value;

describe('packCrashes', () => {
  it('gives back the crashes it packed', async () => {
    const crashes: LoadedCrash[] = Array.from({ length: 200 }, (_, n) => ({
      id: `c${n}`,
      origin: 'crash-stats',
      crash: { crashing_thread: 0, threads: [{ frames: Array.from({ length: 30 }, (_, f) => ({ function: `mozilla::dom::Element${f}::Run()`, file: 'dom/base/Element.cpp', line: 10 + f })) }, null] },
    }));
    const packed = packCrashes(crashes);
    expect(packed.pythonNumbers).toBe(false);
    expect(await unpackCrashes(packed)).toEqual(crashes);
  });

  it("keeps Python's numbers: a whole float, a big int, NaN and a fast-mode hit come back as they went", async () => {
    const crashes: LoadedCrash[] = [
      { id: 'odd', crash: crash('{"crashing_thread": 0, "hang": 1.0, "oom_allocation_size": 9007199254740993, "threads": [{"frames": [{"line": NaN}]}]}') },
      { id: 'fast', crash: { reason: 'SIGSEGV' }, hit: { uuid: 'fast', proto_signature: 'f | g', crashing_thread: 0 }, trustShutdownHang: true },
    ];
    const packed = packCrashes(crashes);
    expect(packed.pythonNumbers).toBe(true);
    expect(pyJsonDumps(await unpackCrashes(packed))).toBe(pyJsonDumps(crashes));
  });
});
