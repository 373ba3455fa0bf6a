import { describe, expect, it } from 'vitest';
import { compileSiglists, EMPTY_SIGLIST_TEXTS } from '../index.ts';
import { differInOneFrame, lineMatchingBoth } from './candidateLines.ts';
import { describeBucket } from './describeBucket.ts';
import { walkOf } from './walkOf.ts';
import type { SignatureResult } from '../types.ts';

describe('differInOneFrame', () => {
  it.for([
    [['a', 'b', 'c'], ['a', 'x', 'c'], { kind: 'replaced', index: 1, ours: 'b', theirs: 'x' }],
    [['a', 'b', 'c'], ['a', 'c'], { kind: 'extra', frame: 'b', ours: true }],
    [['a', 'c'], ['a', 'c', 'd'], { kind: 'extra', frame: 'd', ours: false }],
    [['a', 'b'], ['x', 'y'], null],
    [['a'], ['a'], null],
    [['a'], ['a', 'b', 'c'], null],
  ] as const)('%j vs %j', ([ours, theirs, expected]) => {
    expect(differInOneFrame(ours, theirs)).toEqual(expected);
  });
});

describe('lineMatchingBoth', () => {
  it('writes the common start, then either ending, escaped like re.escape', () => {
    expect(lineMatchingBoth('mozilla::dom::Foo::Bar(int)', 'mozilla::dom::Foo::Baz(int)')).toBe('mozilla::dom::Foo::Ba(r\\(int\\)|z\\(int\\))');
    expect(lineMatchingBoth('js::gc::Cell', 'js::gc::CellPtr')).toBe('js::gc::Cell');
    expect(lineMatchingBoth('alpha', 'beta')).toBe('(alpha|beta)');
  });
});

describe('describeBucket', () => {
  const lists = compileSiglists({ ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': 'RtlUserThreadStart\n@0x', 'prefix_signature_re.txt': 'moz_abort\n' });
  const walked = (frames: string[]) => walkOf({ extra: { normalized_frames: frames } } as unknown as SignatureResult, lists);

  it('builds the tree of frames after the stop, the top path and the frames dropped before the signature', () => {
    const bucket = describeBucket([
      walked(['@0x1', 'moz_abort', 'Foo::Bar', 'Caller1', 'Main']),
      walked(['@0x2', 'moz_abort', 'Foo::Bar', 'Caller1', 'Main']),
      walked(['RtlUserThreadStart', 'moz_abort', 'Foo::Bar', 'Caller2', 'Main']),
      null,
    ]);
    expect(bucket.crashes).toBe(4);
    expect(bucket.walkless).toBe(1);
    expect(bucket.distinctNext).toBe(2);
    expect(bucket.tree.children.map((branch) => [branch.frame, branch.count])).toEqual([
      ['Caller1', 2],
      ['Caller2', 1],
    ]);
    expect(bucket.topPath).toEqual(['Caller1', 'Main']);
    // Each crash's proto_signature differs (the irrelevant frame above differs): the top path holds a third.
    expect(bucket.topPathShare).toBeCloseTo(1 / 3);
    expect(bucket.dropped.map((frame) => [frame.frame, frame.decision, frame.match?.line, frame.count])).toEqual([
      ['@0x1', 'irrelevant', 2, 1],
      ['@0x2', 'irrelevant', 2, 1],
      ['RtlUserThreadStart', 'irrelevant', 1, 1],
    ]);
  });
});
