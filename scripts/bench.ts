/**
 * `npm run bench`: signature generation speed on 17,000 synthetic crashes
 * with the stock siglists, single-threaded. Reports crashes/second for
 * generate() alone and for convert + generate.
 */
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData } from '../src/engine/index.ts';
import { loadStockSiglists } from '../src/testing/loadStockSiglists.ts';
import { makeSyntheticCrashes } from './bench/makeSyntheticCrashes.ts';

const COUNT = 17_000;
const ROUNDS = 5;
const TARGET = 20_000;

function measure(label: string, work: () => void): number {
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    work();
    rates.push(COUNT / ((performance.now() - start) / 1000));
  }
  const best = rates.reduce((a, b) => Math.max(a, b), 0);
  const median = [...rates].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
  console.log(`${label.padEnd(38)} median ${Math.round(median).toLocaleString('en')} crashes/s, best ${Math.round(best).toLocaleString('en')}`);
  return median;
}

const processed = makeSyntheticCrashes(COUNT);
const converted: CrashData[] = processed.map(convertProcessedCrash);
const siglists = compileSiglists(loadStockSiglists());
console.log(`Siglab bench: ${COUNT.toLocaleString('en')} synthetic crashes, stock siglists, ${ROUNDS} rounds, node ${process.version}`);

let signatures = new Set<string>();
// A new generator starts with empty memo caches, as after a siglist edit.
measure('generate, fresh generator', () => {
  const fresh = createGenerator(siglists);
  signatures = new Set(converted.map((crash) => fresh.generate(crash).signature));
});
const generator = createGenerator(siglists);
const generateRate = measure('generate', () => {
  for (const crash of converted) generator.generate(crash);
});
measure('convert + generate', () => {
  for (const crash of processed) generator.generate(convertProcessedCrash(crash));
});
console.log(`${signatures.size.toLocaleString('en')} distinct signatures`);
console.log(generateRate >= TARGET ? `OK: generate ≥ ${TARGET.toLocaleString('en')} crashes/s` : `BELOW TARGET: generate < ${TARGET.toLocaleString('en')} crashes/s`);
