// In-process generate() speed of the built engine, run by scripts/bench.ts in a plain `node`
// (no TypeScript loader hooks in the way). Args: crashes.jsonl (processed crashes), rounds.
// Prints {"perSecond": median, "best": …, "perCpuSecond": median}.
import { readFileSync } from 'node:fs';
import { compileSiglists, convertProcessedCrash, createFrameCache, createGenerator, SIGLIST_FILES } from '../../dist-node/engine/index.js';

const [file, roundsText = '5'] = process.argv.slice(2);
const folder = new URL('../../public/siglists/', import.meta.url);
const texts = Object.fromEntries(SIGLIST_FILES.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]));
const generator = createGenerator(compileSiglists(texts));
// Parsed from JSON text, so every string is fresh, as in real input.
const crashes = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => convertProcessedCrash(JSON.parse(line)));
const rates = [];
const cpuRates = [];
for (let round = 0; round < Number(roundsText); round++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const crash of crashes) generator.generate(crash);
  const used = process.cpuUsage(cpu);
  rates.push(crashes.length / ((performance.now() - start) / 1000));
  // Per CPU-second too: on a shared machine the wall clock also counts other processes' turns.
  cpuRates.push(crashes.length / ((used.user + used.system) / 1e6));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Re-signing after an edit to the irrelevant list: a new generator over a warm frame cache
// (the browser's case), so only the walk and the later rules run.
const cache = createFrameCache();
const stock = createGenerator(compileSiglists(texts), { frameCache: cache });
for (const crash of crashes) stock.generate(crash);
const resignRates = [];
for (let round = 0; round < Number(roundsText); round++) {
  const edited = { ...texts, 'irrelevant_signature_re.txt': `${texts['irrelevant_signature_re.txt']}\nmozilla::dom::Element${round}::Run\n` };
  const start = performance.now();
  const resigning = createGenerator(compileSiglists(edited), { frameCache: cache });
  for (const crash of crashes) resigning.generate(crash);
  resignRates.push(crashes.length / ((performance.now() - start) / 1000));
}

// A floor for any JavaScript signer on this data: read the top frames' function names of the
// crashing thread, look each up in a memo and join the results, nothing else.
const memo = Object.create(null);
const floorRates = [];
for (let round = 0; round < Number(roundsText); round++) {
  const start = performance.now();
  for (const crash of crashes) {
    const frames = crash.threads?.[crash.crashing_thread ?? 0]?.frames ?? [];
    const texts = [];
    for (let i = 0; i < frames.length && texts.length < 40; i++) {
      const fn = frames[i].function;
      if (typeof fn !== 'string') continue;
      texts.push((memo[fn] ??= fn.length > 40 ? fn.slice(0, 40) : fn));
    }
    texts.join(' | ');
  }
  floorRates.push(crashes.length / ((performance.now() - start) / 1000));
}
console.log(JSON.stringify({ perSecond: median(rates), best: rates.reduce((a, b) => Math.max(a, b), 0), perCpuSecond: median(cpuRates), resignPerSecond: median(resignRates), floorPerSecond: median(floorRates) }));
