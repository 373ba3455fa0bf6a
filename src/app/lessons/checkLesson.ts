import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';
import type { SiglistTexts } from '../../engine/types.ts';
import type { Lesson } from './lessons.ts';

/** The learner's lines: what a siglist would use of the answer (no blanks, no comments). */
export function answerLines(answer: string): string[] {
  return parseSiglistText(answer).map((entry) => entry.pattern);
}

/**
 * The lesson's own lists: the pinned stock lists, with the learner's lines
 * added at the end of the task's file. The user's draft is never involved.
 */
export function lessonTexts(stock: SiglistTexts, lesson: Lesson, answer: string): SiglistTexts {
  if (lesson.task.kind !== 'add-line') return stock;
  const lines = answerLines(answer);
  if (lines.length === 0) return stock;
  const file = lesson.task.file;
  const base = stock[file].endsWith('\n') || stock[file] === '' ? stock[file] : `${stock[file]}\n`;
  return { ...stock, [file]: `${base}${lines.join('\n')}\n` };
}

export interface LessonCheck {
  readonly solved: boolean;
  readonly message: string;
}

/** Whether the task is done, given the signature the engine gave the task's crash with the lesson's lists. */
export function checkLesson(lesson: Lesson, answer: string, signature: string): LessonCheck {
  const { task } = lesson;
  if (task.kind === 'predict') {
    const typed = answer.trim();
    if (!typed) return { solved: false, message: 'Type the signature you expect.' };
    return typed === signature ? { solved: true, message: 'Solved: that is the signature the engine gives.' } : { solved: false, message: 'Not yet: the engine gives another signature.' };
  }
  const lines = answerLines(answer);
  if (lines.length === 0) return { solved: false, message: `Add a line to ${task.file}.` };
  if (lines.length > 1) return { solved: false, message: `The task asks for one line; there are ${lines.length}.` };
  if (signature === task.target) return { solved: true, message: `Solved: the crash’s signature is now ${signature}.` };
  return { solved: false, message: `Not yet: the crash’s signature is ${signature || '(empty)'}.` };
}
