import { describe, expect, it } from 'vitest';
import { appendSiglistLine, compileSiglists, convertProcessedCrash, createFrameCache, createGenerator, type CrashData, type SiglistTexts } from '../index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases } from '../../testing/parityCases.ts';
import { createFrameRecorder } from './recordFrames.ts';
import { buildFrameIndex } from './frameIndex.ts';
import { countSignatures, runSteps, suggestionSteps } from './suggestEdits.ts';
import type { Suggestion } from './previewLine.ts';
import type { SigningSource } from './types.ts';

const stock = loadStockSiglists();
const crashes: CrashData[] = parityAvailable()
  ? PARITY_FILES.flatMap((file) => readParityCases(file)).map((testCase) =>
      testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData),
    )
  : [];

/** The parity crashes signed as the worker signs them: through a recording frame cache. */
function signedSet(texts: SiglistTexts) {
  const recorder = createFrameRecorder(createFrameCache());
  const generator = createGenerator(compileSiglists(texts), { frameCache: recorder });
  const source: SigningSource = {
    size: crashes.length,
    sign: (position, signer) => signer.generate(crashes[position] as CrashData),
    framesRead: (position, signer) => recorder.framesOf(signer.siglists.lineNumbers, crashes[position] as CrashData) ?? null,
  };
  const signatures = crashes.map((crash) => generator.generate(crash).signature);
  return { recorder, source, base: { texts, generator, signatures } };
}

/** Frames normalised once for the checks (normalisation does not depend on the lists these lines go to). */
const checkFrames = createFrameCache();

/** What a suggestion claims, recomputed the slow way: the line appended, the lists compiled afresh, every crash signed. */
function claimsOf(texts: SiglistTexts, signatures: readonly string[], signature: string, suggestion: Suggestion) {
  const edited = { ...texts, [suggestion.file]: appendSiglistLine(texts[suggestion.file], suggestion.line).text };
  const fresh = createGenerator(compileSiglists(edited), { frameCache: checkFrames });
  const bucket = new Map<string, number>();
  const others = new Map<string, number[]>();
  /** Per signature with the line: the signatures its crashes had before. */
  const gathered = new Map<string, Map<string, number>>();
  crashes.forEach((crash, position) => {
    const after = fresh.generate(crash).signature;
    const before = signatures[position] as string;
    const from = gathered.get(after) ?? new Map<string, number>();
    gathered.set(after, from.set(before, (from.get(before) ?? 0) + 1));
    if (before === signature) bucket.set(after, (bucket.get(after) ?? 0) + 1);
    else if (after !== before) {
      const key = `${before} → ${after}`;
      others.set(key, [...(others.get(key) ?? []), position]);
    }
  });
  return { bucket, others, gathered };
}

describe.skipIf(!parityAvailable())('suggestions over the parity cases', () => {
  const buckets = (signatures: readonly string[], limit: number) =>
    [...countSignatures(signatures)]
      .filter(([signature, count]) => signature !== '' && count >= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([signature]) => signature);

  it.for([
    ['stock lists', stock],
    ['edited lists', { ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}mozilla::ipc::MessageChannel::.*\n`, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}RtlUserThreadStart\n` }],
  ] as const)('every claim is what re-signing every case with the line added gives (%s)', ([, texts]) => {
    const { recorder, source, base } = signedSet(texts);
    const index = buildFrameIndex(source, base.generator);
    let checked = 0;
    const kinds = new Set<string>();
    for (const signature of buckets(base.signatures, 60)) {
      const suggestions = runSteps(suggestionSteps(source, base, signature, { frameCache: recorder, index, limit: 20 }));
      for (const suggestion of suggestions) {
        const { bucket, others, gathered } = claimsOf(texts, base.signatures, signature, suggestion);
        expect(new Map(suggestion.buckets.map((entry) => [entry.signature, entry.count])), `${signature} + ${suggestion.line}`).toEqual(bucket);
        expect(suggestion.othersChanged).toBe([...others.values()].reduce((sum, positions) => sum + positions.length, 0));
        expect(new Map(suggestion.others.map((other) => [`${other.before} → ${other.after}`, [...other.positions]]))).toEqual(others);
        for (const merge of suggestion.merges) {
          expect(new Map(merge.from.map((entry) => [entry.signature, entry.count]))).toEqual(gathered.get(merge.signature));
          expect(merge.total).toBe([...(gathered.get(merge.signature) as Map<string, number>).values()].reduce((sum, count) => sum + count, 0));
        }
        if (suggestion.kind === 'merge') expect(suggestion.merges.some((merge) => merge.signature === suggestion.buckets[0]?.signature && merge.from.some((entry) => entry.signature !== signature))).toBe(true);
        if (suggestion.kind === 'split') expect(bucket.size).toBeGreaterThanOrEqual(2);
        kinds.add(`${suggestion.kind} ${suggestion.file}`);
        checked++;
      }
    }
    console.info(`${checked} suggestions checked: ${[...kinds].join(', ')}`);
    // The set is built to be hard, and it has buckets of every kind worth splitting or merging.
    expect(checked).toBeGreaterThan(20);
    expect(kinds).toContain('split prefix_signature_re.txt');
    expect(kinds).toContain('merge irrelevant_signature_re.txt');
  });
});
