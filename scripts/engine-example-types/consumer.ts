// Type-checked by src/engine/builtPackage.test.ts: what a TypeScript project sees of 'siglab/engine'.
import {
  compileSiglists,
  convertProcessedCrash,
  createGenerator,
  EMPTY_SIGLIST_TEXTS,
  type FrameTrace,
  type RuleTrace,
  type SignatureResult,
} from 'siglab/engine';

const generator = createGenerator(compileSiglists(EMPTY_SIGLIST_TEXTS), { trace: true });
const result: SignatureResult = generator.generate(convertProcessedCrash({ json_dump: {} }));
const rules: readonly RuleTrace[] = result.trace;
const frames: readonly FrameTrace[] = rules[0]?.frames ?? [];
export const summary: string = `${result.signature} ${result.notes.length} ${frames.length}`;
