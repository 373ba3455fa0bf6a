import { describe, expect, it } from 'vitest';
import { measureQuality } from './measureQuality.ts';

const crash = (signature: string, protoSignature = signature, notes: string[] = []) => ({ signature, protoSignature, notes });

describe('measureQuality', () => {
  it('counts signatures, singletons, the biggest, truncated, empty and those with no dominant path', () => {
    const report = measureQuality([
      // 5 crashes, top path 2 of 5 (40 %): no dominant path
      crash('a', 'p1'),
      crash('a', 'p1'),
      crash('a', 'p2'),
      crash('a', 'p3'),
      crash('a', 'p4'),
      // 2 crashes, top path 2 of 2
      crash('b'),
      crash('b'),
      crash('EMPTY: no frame data available; EmptyMinidump'),
      crash(`${'x'.repeat(252)}...`, 'x', ['SigTruncate: SigTrunc: signature truncated due to length']),
      // fast mode could not sign it: left out
      crash(''),
    ]);
    expect(report).toEqual({
      crashes: 9,
      signatures: 4,
      singletons: 2,
      biggest: { signature: 'a', count: 5, share: 5 / 9 },
      truncated: 1,
      empty: 1,
      noDominantPath: 1,
      sizes: [5, 2, 1, 1],
    });
  });

  it('holds up with no crashes', () => {
    expect(measureQuality([])).toMatchObject({ crashes: 0, signatures: 0, biggest: null, sizes: [] });
  });
});
