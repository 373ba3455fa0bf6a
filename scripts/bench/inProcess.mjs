// In-process generate() speed of the built engine, run by scripts/bench.ts in a plain `node`
// (no TypeScript loader hooks in the way). Args: crashes.jsonl (processed crashes), rounds.
// Prints {"perSecond": median, "best": …}.
import { readFileSync } from 'node:fs';
import { compileSiglists, convertProcessedCrash, createGenerator, SIGLIST_FILES } from '../../dist-node/engine/index.js';

const [file, roundsText = '5'] = process.argv.slice(2);
const folder = new URL('../../public/siglists/', import.meta.url);
const generator = createGenerator(compileSiglists(Object.fromEntries(SIGLIST_FILES.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]))));
// Parsed from JSON text, so every string is fresh, as in real input.
const crashes = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => convertProcessedCrash(JSON.parse(line)));
const rates = [];
for (let round = 0; round < Number(roundsText); round++) {
  const start = performance.now();
  for (const crash of crashes) generator.generate(crash);
  rates.push(crashes.length / ((performance.now() - start) / 1000));
}
rates.sort((a, b) => a - b);
console.log(JSON.stringify({ perSecond: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1] }));
