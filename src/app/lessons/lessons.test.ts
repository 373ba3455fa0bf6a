import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator } from '../../engine/index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { checkLesson, lessonTexts } from './checkLesson.ts';
import { LESSONS } from './lessons.ts';
import { readProgress, writeProgress } from './lessonProgress.ts';

const stock = loadStockSiglists();
const signatureOf = (texts: typeof stock, lesson: (typeof LESSONS)[number]) => {
  const crash = lesson.crashes.find((candidate) => candidate.id === lesson.task.crashId);
  return createGenerator(compileSiglists(texts)).generate(crash?.crash ?? {}).signature;
};

describe('lessons', () => {
  it('teach one idea each, on their own crashes', () => {
    expect(LESSONS.map((lesson) => lesson.title)).toEqual([
      'What a signature is',
      'Irrelevant frames',
      'Prefix frames',
      'Sentinels',
      'Line numbers',
      'OOM, aborts and shutdown hangs',
      'IPC errors and messages',
      'Truncation',
      'Java crashes',
    ]);
    for (const lesson of LESSONS) expect(lesson.crashes.map((crash) => crash.id)).toContain(lesson.task.crashId);
  });

  for (const lesson of LESSONS) {
    it(`${lesson.id}: is not solved by the stock lists alone, and its solution solves it`, () => {
      const before = signatureOf(stock, lesson);
      const after = signatureOf(lessonTexts(stock, lesson, lesson.solution), lesson);
      expect(checkLesson(lesson, lesson.solution, after)).toEqual({ solved: true, message: expect.stringMatching(/^Solved/) });
      if (lesson.task.kind === 'add-line') {
        expect(before).not.toBe(lesson.task.target);
        expect(checkLesson(lesson, '', before).solved).toBe(false);
      } else {
        expect(checkLesson(lesson, 'something else', before).solved).toBe(false);
      }
    });
  }

  it('asks for exactly one line, and never changes lists for a prediction', () => {
    const lesson = LESSONS.find((candidate) => candidate.id === 'irrelevant')!;
    expect(checkLesson(lesson, `${lesson.solution}\nfoo`, 'x')).toEqual({ solved: false, message: 'The task asks for one line; there are 2.' });
    expect(lessonTexts(stock, lesson, `# a comment\n${lesson.solution}\n`)['irrelevant_signature_re.txt']).toBe(`${stock['irrelevant_signature_re.txt']}${lesson.solution}\n`);
    const predict = LESSONS.find((candidate) => candidate.task.kind === 'predict')!;
    expect(lessonTexts(stock, predict, 'anything')).toBe(stock);
  });

  it('keeps progress in the browser, and survives damaged storage', () => {
    const storage = new Map<string, string>();
    const fake = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) } as unknown as Storage;
    writeProgress(fake, { solved: ['signature'], answers: { irrelevant: 'nsCOMPtr_base::' } });
    expect(readProgress(fake)).toEqual({ solved: ['signature'], answers: { irrelevant: 'nsCOMPtr_base::' } });
    storage.set('siglab.lessons.v1', '{not json');
    expect(readProgress(fake)).toEqual({ solved: [], answers: {} });
  });
});
