import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, EMPTY_SIGLIST_TEXTS } from '../../engine/index.ts';
import { explainFrame, explainRule, summarizeWalk } from './explainWalk.ts';

const generator = createGenerator(
  compileSiglists({
    ...EMPTY_SIGLIST_TEXTS,
    'irrelevant_signature_re.txt': 'noise.*\n',
    'prefix_signature_re.txt': 'pre\nstart\n',
    'signature_sentinels.txt': 'start\n',
    'signatures_with_line_numbers_re.txt': 'numbered\n',
  }),
  { trace: true },
);
const crashWith = (...names: string[]) => ({ crashing_thread: 0, threads: [{ frames: names.map((name) => ({ function: name, file: 'f.cpp', line: 7 })) }] });
const walkOf = (crash: ReturnType<typeof crashWith>) => generator.generate(crash).trace.find((rule) => rule.frames)!;

describe('explaining the frame walk', () => {
  it('explains the fall-back when every frame is irrelevant', () => {
    const walk = walkOf(crashWith('noise1', 'noise2', 'noise3'));
    expect(summarizeWalk(walk)).toEqual({
      sentence: 'Every frame of thread 0 was dropped (irrelevant or empty), so the signature falls back to the first frame of the walk: "noise1" — frame 0.',
      fellBack: true,
    });
    expect(walk.frames!.map((frame) => explainFrame(frame, walk.frames!))).toEqual(Array(3).fill('Dropped: irrelevant frame.'));
  });

  it('explains sentinels, prefixes, stops, line numbers and what was not reached', () => {
    const walk = walkOf(crashWith('before', 'start', 'noise', 'pre', 'numbered', 'after'));
    expect(walk.frames!.map((frame) => explainFrame(frame, walk.frames!))).toEqual([
      'Skipped: a sentinel further down (frame 1) starts the walk.',
      'The walk starts here: this frame is a sentinel, and is kept.',
      'Dropped: irrelevant frame.',
      'Kept, and the walk goes on: prefix frame.',
      'Kept, and the walk stops: not a prefix frame.',
      'Not looked at: the walk had stopped (or the 40-frame limit was reached).',
    ]);
    expect(summarizeWalk(walk)?.sentence).toBe('6 frames of thread 0 normalised; 3 kept in the signature. 1 kept their line number (signatures_with_line_numbers_re.txt).');
  });

  it('tells a rule that fired without changing anything from one that was skipped', () => {
    const trace = generator.generate(crashWith('x')).trace;
    expect(explainRule(trace.find((rule) => rule.rule === 'SigTruncate')!)).toBe('Skipped: its condition did not hold.');
    expect(explainRule({ rule: 'SigFixWhitespace', fired: true, signatureBefore: 'a', signatureAfter: 'a', notes: [] })).toBe('Fired; the signature stayed the same.');
  });
});
