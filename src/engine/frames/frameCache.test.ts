import { describe, expect, it } from 'vitest';
import {
  compileSiglists,
  convertProcessedCrash,
  createFrameCache,
  createGenerator,
  type CrashData,
  type SiglistTexts,
} from '../index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases } from '../../testing/parityCases.ts';

const stock = loadStockSiglists();
const lines = (text: string) => text.split('\n');

/** Edits to the three lists the walk reads: lines removed, changed and added (shifting line numbers). */
const walkEdit: SiglistTexts = {
  ...stock,
  'irrelevant_signature_re.txt': ['nsThread::ProcessNextEvent', 'mozilla::ipc::.*', ...lines(stock['irrelevant_signature_re.txt']).slice(12)].join('\n'),
  'prefix_signature_re.txt': ['mozilla::.*', ...lines(stock['prefix_signature_re.txt']).filter((_, i) => i % 3 !== 0)].join('\n'),
  'signature_sentinels.txt': `XREMain::XRE_mainRun\n${stock['signature_sentinels.txt']}`,
};

const crashes: CrashData[] = parityAvailable()
  ? PARITY_FILES.flatMap((file) => readParityCases(file)).map((testCase) =>
      testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData),
    )
  : [];

describe.skipIf(!parityAvailable())('frame cache over the parity cases', () => {
  it('gives a generator with edited walk lists exactly the results of a fresh one, reusing the frames', () => {
    const cache = createFrameCache();
    const stockGenerator = createGenerator(compileSiglists(stock), { frameCache: cache });
    const stockRun = crashes.map((crash) => stockGenerator.generate(crash));
    const cached = createGenerator(compileSiglists(walkEdit), { frameCache: cache, trace: true });
    const fresh = createGenerator(compileSiglists(walkEdit), { trace: true });
    let changed = 0;
    let reused = 0;
    crashes.forEach((crash, index) => {
      const result = cached.generate(crash);
      expect(result).toEqual(fresh.generate(crash));
      if (result.signature !== stockRun[index]?.signature) changed++;
      // Same array instance: the frames were not normalised again.
      if (result.extra.normalized_frames && result.extra.normalized_frames === stockRun[index]?.extra.normalized_frames) reused++;
    });
    expect(changed).toBeGreaterThan(100);
    expect(reused).toBeGreaterThan(crashes.length / 2);
  });

  it('normalises again when the line-number list changes', () => {
    const cache = createFrameCache();
    const lineEdit = { ...walkEdit, 'signatures_with_line_numbers_re.txt': `nsThread::ProcessNextEvent\n${stock['signatures_with_line_numbers_re.txt']}` };
    const before = createGenerator(compileSiglists(stock), { frameCache: cache });
    const after = createGenerator(compileSiglists(lineEdit), { frameCache: cache, trace: true });
    const fresh = createGenerator(compileSiglists(lineEdit), { trace: true });
    for (const crash of crashes) {
      const old = before.generate(crash);
      const result = after.generate(crash);
      expect(result).toEqual(fresh.generate(crash));
      if (result.extra.normalized_frames) expect(result.extra.normalized_frames).not.toBe(old.extra.normalized_frames);
    }
  });

  it('starts the walk from given normalised frames (fast mode) with the full-crash result', () => {
    const generator = createGenerator(compileSiglists(walkEdit));
    let compared = 0;
    for (const crash of crashes) {
      const full = generator.generate(crash, { trace: true });
      // Every thread the walk read (the crashing thread, and thread 0 for a shutdown hang), as text.
      const normalizedFrames: Record<number, string[]> = {};
      for (const rule of full.trace) {
        if (rule.frames && rule.thread !== undefined) normalizedFrames[rule.thread] = rule.frames.map((frame) => frame.normalized);
      }
      // A rule that failed on malformed frames left no text to give (fast mode needs the full crash then).
      if (Object.keys(normalizedFrames).length === 0 || full.trace.some((rule) => rule.error) || !Array.isArray(crash.threads)) continue;
      // Without frames in the crash, only the given ones can produce the signature.
      const bare = { ...crash, threads: crash.threads.map((thread: unknown) => ({ ...(thread as object), frames: [] })) };
      expect(generator.generate(bare, { normalizedFrames })).toEqual({ ...full, trace: [], debugLog: [] });
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('frame cache', () => {
  const crash = { crashing_thread: 0, threads: [{ frames: [{ function: 'KiFastSystemCallRet' }, { function: 'nsFoo::Bar(int)' }] }] };

  it('keeps a few line-number lists at once, so stock and edited runs do not evict each other', () => {
    const cache = createFrameCache();
    const listsWith = (extra: string) => compileSiglists({ ...stock, 'signatures_with_line_numbers_re.txt': extra });
    const first = createGenerator(listsWith('a'), { frameCache: cache }).generate(crash);
    createGenerator(listsWith('b'), { frameCache: cache }).generate(crash);
    const again = createGenerator(listsWith('a'), { frameCache: cache }).generate(crash);
    expect(again.extra.normalized_frames).toBe(first.extra.normalized_frames);
  });

  it('does not cache input that is not an object, and still signs it like upstream', () => {
    const generator = createGenerator(compileSiglists(stock), { frameCache: createFrameCache() });
    expect(generator.generate('crash' as unknown as CrashData).notes[0]).toBe("SignatureGenerationRule: Rule failed: 'str' object has no attribute 'get'");
  });

  it('lets given frames win over the cache for their thread only', () => {
    const generator = createGenerator(compileSiglists(stock), { frameCache: createFrameCache() });
    expect(generator.generate(crash).signature).toBe('nsFoo::Bar');
    expect(generator.generate(crash, { normalizedFrames: { 0: ['KiFastSystemCallRet', 'Given::Frame'] } }).signature).toBe('Given::Frame');
    expect(generator.generate(crash, { normalizedFrames: { 3: ['Other'] } }).signature).toBe('nsFoo::Bar');
  });
});
