import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, DEFAULT_RULESET, type FrameDecision, type SignatureResult } from '../../engine/index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { EXAMPLE_CRASHES } from './exampleCrashes.ts';
import { EXAMPLE_CLAIMS } from './exampleClaims.ts';

const generator = createGenerator(compileSiglists(loadStockSiglists()));
const DECISIONS: readonly FrameDecision[] = ['before-sentinel', 'sentinel', 'empty', 'irrelevant', 'dll-dedupe', 'prefix', 'stop', 'not-reached'];

function facts(result: SignatureResult) {
  const frames = result.trace.flatMap((rule) => rule.frames ?? []);
  const walks = result.trace.flatMap((rule) => (rule.walk ? [rule.walk] : []));
  return {
    changed: result.trace.filter((rule) => rule.fired && rule.signatureBefore !== rule.signatureAfter).map((rule) => rule.rule),
    decisions: new Set(frames.map((frame) => frame.decision)),
    normalization: new Set(frames.flatMap((frame) => frame.normalization ?? []).map((step) => step.kind)),
    walk: new Set([...(walks.some((walk) => walk.fallbackIndex !== undefined) ? ['fallback'] : []), ...(walks.some((walk) => walk.frameLimit === 'reached') ? ['frame-limit'] : [])]),
  };
}

describe('example crashes', () => {
  it('each has a claim, and each claim is an example', () => {
    expect(Object.keys(EXAMPLE_CLAIMS).sort()).toEqual(EXAMPLE_CRASHES.map((example) => example.id).sort());
  });

  for (const example of EXAMPLE_CRASHES) {
    const claim = EXAMPLE_CLAIMS[example.id];
    it(`${example.id.slice(0, 8)} fires what it claims: ${claim?.shows ?? '(no claim)'}`, () => {
      const found = facts(generator.generate(example.crash, { trace: true }));
      expect(found.changed).toEqual(claim?.rules);
      for (const decision of claim?.frames ?? []) expect(found.decisions).toContain(decision);
      for (const kind of claim?.normalization ?? []) expect(found.normalization).toContain(kind);
      expect([...found.walk].sort()).toEqual([...(claim?.walk ?? [])].sort());
    });
  }

  it('together, change a signature with every rule and make every frame decision', () => {
    const claims = Object.values(EXAMPLE_CLAIMS);
    expect(new Set(claims.flatMap((claim) => claim.rules))).toEqual(new Set(DEFAULT_RULESET.map((rule) => rule.name)));
    const decisions = new Set(claims.flatMap((claim) => claim.frames ?? []));
    for (const decision of DECISIONS.filter((d) => d !== 'not-reached')) expect(decisions).toContain(decision);
    expect(new Set(claims.flatMap((claim) => claim.walk ?? []))).toEqual(new Set(['fallback', 'frame-limit']));
  });
});
