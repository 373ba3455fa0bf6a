import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../testing/loadStockSiglists.ts';

/**
 * The engine as other projects get it: `siglab/engine` through package.json
 * `exports` (the built JavaScript and declarations in dist-node/), not these sources.
 */
describe('the siglab/engine package entry', () => {
  it('resolves to the built JavaScript and signs like the sources', async () => {
    const entry = import.meta.resolve('siglab/engine');
    expect(entry).toMatch(/\/dist-node\/engine\/index\.js$/);
    const engine = (await import('siglab/engine')) as typeof import('./index.ts');
    // '(?!)' matches nothing (an empty list would match every frame, as upstream).
    const never = Object.fromEntries(engine.SIGLIST_FILES.map((file) => [file, '(?!)'])) as unknown as import('./index.ts').SiglistTexts;
    const generator = engine.createGenerator(engine.compileSiglists({ ...never, 'irrelevant_signature_re.txt': 'memcpy' }));
    const result = generator.generate(engine.convertProcessedCrash({ json_dump: { threads: [{ frames: [{ function: 'memcpy' }, { function: 'Foo::Bar(int)' }] }] } }), { trace: true });
    expect(result.signature).toBe('Foo::Bar');
    expect(result.trace[0]?.frames?.map((frame) => frame.decision)).toEqual(['irrelevant', 'stop']);
  });

  it('runs the README example (scripts/engine-example.mjs) through the package entry', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'engine-example.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('signature:       OOM | large | nsTArray_Impl<T>::AppendElements\n');
    expect(run.stdout).toContain('frame 0 mozalloc_abort: irrelevant (irrelevant_signature_re.txt:');
  });

  it('ships type declarations that a strict NodeNext project can compile against', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO_ROOT, 'scripts', 'engine-example-types', 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});
