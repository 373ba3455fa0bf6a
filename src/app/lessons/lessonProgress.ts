/** Lessons solved and the answers typed, kept in this browser. */
export interface LessonProgress {
  readonly solved: readonly string[];
  readonly answers: Readonly<Record<string, string>>;
}

const KEY = 'siglab.lessons.v1';
export const NO_PROGRESS: LessonProgress = { solved: [], answers: {} };

/** The saved progress; anything unreadable counts as none. */
export function readProgress(storage: Storage): LessonProgress {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as unknown;
    if (typeof value !== 'object' || value === null) return NO_PROGRESS;
    const { solved, answers } = value as Record<string, unknown>;
    const okSolved = Array.isArray(solved) && solved.every((id) => typeof id === 'string') ? (solved as string[]) : [];
    const okAnswers =
      typeof answers === 'object' && answers !== null && Object.values(answers).every((answer) => typeof answer === 'string') ? (answers as Record<string, string>) : {};
    return { solved: okSolved, answers: okAnswers };
  } catch {
    return NO_PROGRESS;
  }
}

/** Saves the progress; full or blocked storage only means it is not kept. */
export function writeProgress(storage: Storage, progress: LessonProgress): void {
  try {
    storage.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Not kept across visits; the lesson still works.
  }
}
