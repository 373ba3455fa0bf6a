// Suggestions for a 5,000-crash bucket inside 17,000 loaded crashes, with the built engine in a
// plain `node`, as the worker computes them after a run: the crash set signed through a recording
// frame cache, then the bucket walked, candidates found and each previewed by re-signing the
// crashes its line can change. Run by scripts/bench.ts. Args: crashes.jsonl (processed), rounds.
// Prints {"bucket", "crashes", "firstMs", "againMs", "firstCpuMs", "walkMs", "suggestions", "resigned"} (medians).
import { readFileSync } from 'node:fs';
import {
  buildFrameIndex,
  describeBucket,
  compileSiglists,
  convertProcessedCrash,
  createFrameCache,
  createFrameRecorder,
  createGenerator,
  runSteps,
  SIGLIST_FILES,
  suggestionSteps,
  walkBucketSteps,
} from '../../dist-node/engine/index.js';
import { BUCKET, turnIntoBucket } from './turnIntoBucket.mjs';

const [file, roundsText = '5'] = process.argv.slice(2);
const folder = new URL('../../public/siglists/', import.meta.url);
const texts = Object.fromEntries(SIGLIST_FILES.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]));
const parsed = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => convertProcessedCrash(JSON.parse(line)));

// 5,000 of them wait on a condition variable: one big bucket that a prefix line would split.
const crashes = turnIntoBucket(parsed, createGenerator(compileSiglists(texts)));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const first = [];
const firstCpu = [];
const again = [];
const walks = [];
let report = null;
for (let round = 0; round < Number(roundsText); round++) {
  // As in the worker after a run: every crash signed through the recording frame cache.
  const recorder = createFrameRecorder(createFrameCache());
  const generator = createGenerator(compileSiglists(texts), { frameCache: recorder });
  const signatures = crashes.map((crash) => generator.generate(crash).signature);
  const source = {
    size: crashes.length,
    sign: (position, signer) => signer.generate(crashes[position]),
    framesRead: (position, signer) => recorder.framesOf(signer.siglists.lineNumbers, crashes[position]) ?? null,
  };
  const base = { texts, generator, signatures };
  // What the page asks for when a signature is clicked: the bucket view, then its suggestions
  // (from the bucket's walks; the first request after loading builds the frame index).
  let start = performance.now();
  const cpu = process.cpuUsage();
  const bucketWalks = runSteps(walkBucketSteps(source, base, BUCKET));
  describeBucket(bucketWalks);
  walks.push(performance.now() - start);
  const index = buildFrameIndex(source, generator);
  const suggestions = runSteps(suggestionSteps(source, base, BUCKET, { frameCache: recorder, index, walks: bucketWalks }));
  const used = process.cpuUsage(cpu);
  first.push(performance.now() - start);
  firstCpu.push((used.user + used.system) / 1000);
  // Another bucket view of it later (index kept): walks and suggestions again.
  start = performance.now();
  runSteps(suggestionSteps(source, base, BUCKET, { frameCache: recorder, index }));
  again.push(performance.now() - start);
  report = {
    bucket: signatures.filter((signature) => signature === BUCKET).length,
    crashes: crashes.length,
    suggestions: suggestions.length,
    resigned: suggestions.reduce((sum, suggestion) => sum + suggestion.resigned, 0),
  };
}
console.log(JSON.stringify({ ...report, walkMs: median(walks), firstMs: median(first), firstCpuMs: median(firstCpu), againMs: median(again) }));
