/**
 * Parity on every way a crash comes in: each upstream golden case read the
 * way the file load, a Crash Stats fetch, the crash caches and signify
 * (CLI, `siglab serve`, the UDF) read it, then signed, must give the
 * reference's signature and notes. (Fast mode: fastModeParity.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, keepSigningInput, pyJsonDumps, readCrashJson, signifyText, type CrashData } from '../engine/index.ts';
import { createCrashStatsClient } from '../crash-stats/createCrashStatsClient.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases, type ParityCase } from '../testing/parityCases.ts';
import { parseCrashFile } from './parseCrashFiles.ts';

const cases = parityAvailable() ? PARITY_FILES.flatMap((file) => readParityCases(file)) : [];
const generator = createGenerator(compileSiglists(loadStockSiglists()));

function expectReference(testCase: ParityCase, got: { signature: string; notes: readonly string[] }, path: string) {
  expect(got.signature, `${path}: ${testCase.id}`).toBe(testCase.signature);
  if (!testCase.tags?.includes('reference_rule_failed')) expect(got.notes, `${path}: ${testCase.id}`).toEqual(testCase.notes);
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

describe.skipIf(!parityAvailable())('parity on every path a crash comes in by', () => {
  it('a .jsonl file loaded in the worker', () => {
    const signed = cases.filter((testCase) => isObject(testCase.input));
    // A file tells a processed crash by its json_dump (siggen's rule): one without it is written converted.
    const lineOf = (testCase: ParityCase) =>
      JSON.stringify(testCase.input_kind === 'processed' && !Object.hasOwn(testCase.input as object, 'json_dump') ? testCase.crash_data : testCase.input);
    const parsed = parseCrashFile('cases.jsonl', signed.map(lineOf).join('\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.crashes).toHaveLength(signed.length);
    parsed.crashes.forEach((loaded, index) => expectReference(signed[index] as ParityCase, generator.generate(loaded.crash), 'file'));
  });

  it('signify of the JSON text: the CLI, siglab serve and the UDF', () => {
    for (const testCase of cases) {
      const output = signifyText(JSON.stringify(testCase.input), generator, { input: testCase.input_kind === 'processed' ? 'processed' : 'crash-data', trace: false, verbose: false });
      expectReference(testCase, output as unknown as { signature: string; notes: string[] }, 'signify');
    }
  });

  it('a ProcessedCrash answer from Crash Stats, then the crash caches (IndexedDB clones it, the CLI writes Python JSON)', async () => {
    const processed = cases.filter((testCase) => testCase.input_kind === 'processed' && isObject(testCase.input));
    let next = 0;
    const fetch = (async () => new Response(JSON.stringify((processed[next++] as ParityCase).input), { status: 200 })) as typeof globalThis.fetch;
    const client = createCrashStatsClient({ apiUrl: 'http://127.0.0.1:1/api', fetch, rateLimiter: { take: async () => undefined, pauseUntil: () => undefined, clearPause: () => undefined } });
    for (const testCase of processed) {
      const answer = await client.getProcessedCrash('de1bb258-cbbf-4589-a673-34f800160918');
      if (answer.status !== 'ok') throw new Error(answer.message);
      // As the app keeps a fetched crash (useCrashFetching) and the CLI does (signature).
      const crash = keepSigningInput(convertProcessedCrash(answer.processed));
      expectReference(testCase, generator.generate(crash), 'fetch');
      expectReference(testCase, generator.generate(structuredClone(crash)), 'IndexedDB cache');
      const cached = readCrashJson(pyJsonDumps(crash));
      expectReference(testCase, generator.generate((cached as { value: CrashData }).value), 'CLI cache');
    }
  });
});
