import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, EMPTY_SIGLIST_TEXTS } from '../../engine/index.ts';
import { explainFrame, explainRule, ruleEvidence, summarizeWalk } from './explainWalk.ts';

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
    expect(walk.frames!.map((frame) => explainFrame(frame, walk.frames!, walk.walk))).toEqual([
      'Skipped: a sentinel further down (frame 1) starts the walk.',
      'The walk starts here: this frame is a sentinel, and is kept.',
      'Dropped: irrelevant frame.',
      'Kept, and the walk goes on: prefix frame.',
      'Kept, and the walk stops: not a prefix frame.',
      'Not looked at: the walk had stopped at frame 4.',
    ]);
    expect(summarizeWalk(walk)?.sentence).toBe('6 frames of thread 0 normalised; 3 kept in the signature. 1 kept their line number (signatures_with_line_numbers_re.txt).');
  });

  it('tells a rule that fired without changing anything from one that was skipped', () => {
    const trace = generator.generate(crashWith('x')).trace;
    expect(explainRule(trace.find((rule) => rule.rule === 'SigTruncate')!)).toBe('Skipped: signature = "x", is longer than 255 characters (it has 1)? no.');
    expect(explainRule(trace.find((rule) => rule.rule === 'HungProcess')!)).toBe('Skipped: hang = null, is present (any value but null)? no.');
    expect(explainRule({ rule: 'SigFixWhitespace', fired: true, signatureBefore: 'a', signatureAfter: 'a', notes: [] })).toBe('Fired; the signature stayed the same.');
  });

  it('names the sentinel frame as the fall-back when the sentinel is itself dropped', () => {
    const sentinelIrrelevant = createGenerator(
      compileSiglists({ ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': 'noise.*\n', 'prefix_signature_re.txt': 'pre\n', 'signature_sentinels.txt': 'noise-start\n', 'signatures_with_line_numbers_re.txt': 'numbered\n' }),
      { trace: true },
    );
    const rule = sentinelIrrelevant.generate(crashWith('before', 'noise-start', 'noise1')).trace.find((r) => r.frames)!;
    expect(summarizeWalk(rule)?.sentence).toBe('Every frame of thread 0 was dropped (irrelevant or empty), so the signature falls back to the first frame of the walk (the sentinel): "noise-start" — frame 1.');
    expect(explainFrame(rule.frames![1]!, rule.frames!, rule.walk)).toBe('The walk starts here (sentinel), but drops the frame: irrelevant.');
  });

  it('cites the fields that made a rule fire', () => {
    const oom = generator.generate({ oom_allocation_size: 65536, threads: [] }).trace.find((rule) => rule.rule === 'OOMSignature')!;
    expect(ruleEvidence(oom)).toEqual(['oom_allocation_size = 65536, is set? yes', 'js_large_allocation_failure = null, is "Reporting"? no', 'oom_allocation_size = 65536, ≤ 262144 (256 KiB)? yes']);
  });

  it('says when the 40-frame limit left frames unread', () => {
    const rule = walkOf(crashWith(...Array.from({ length: 45 }, () => 'pre')));
    expect(summarizeWalk(rule)?.sentence).toContain('The stack is deeper than the 40 frames the walk reads');
  });
});
