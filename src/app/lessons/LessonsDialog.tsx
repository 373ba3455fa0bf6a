import { useEffect, useMemo, useRef, useState } from 'react';
import type { SiglistTexts, SignatureResult } from '../../engine/types.ts';
import { explainFrame } from '../detail/explainWalk.ts';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import { checkLesson, lessonTexts } from './checkLesson.ts';
import { LESSONS, type Lesson } from './lessons.ts';
import { readProgress, writeProgress, type LessonProgress } from './lessonProgress.ts';
import { useLessonSigning } from './useLessonSigning.ts';
import './lessons.css';
import { DialogHead } from '../shell/DialogHead.tsx';

interface Props {
  readonly client: EngineClient | null;
  /** The pinned stock lists: every lesson starts from them, never from the user's draft. */
  readonly stock: SiglistTexts;
  onClose(): void;
}

/** The frames a lesson's crash shows the learner: its raw function names (or its Java trace). */
function CrashFrames({ crash }: { crash: Lesson['crashes'][number]['crash'] }) {
  if (typeof crash.java_stack_trace === 'string') return <pre className="lesson-trace mono">{crash.java_stack_trace}</pre>;
  const threads = Array.isArray(crash.threads) ? crash.threads : [];
  const index = typeof crash.crashing_thread === 'number' ? crash.crashing_thread : 0;
  const frames = ((threads[index] as { frames?: Record<string, unknown>[] } | undefined)?.frames ?? []).slice(0, 12);
  return (
    <ol start={0} className="lesson-frames mono" aria-label="Crashing thread's frames">
      {frames.map((frame, position) => (
        <li key={position}>{String(frame.function ?? frame.module ?? '')}</li>
      ))}
    </ol>
  );
}

/** The walk over the crash with the lesson's lists: each normalised frame and what the engine did with it. */
function WalkedFrames({ result }: { result: SignatureResult }) {
  const walk = result.trace.find((rule) => rule.frames && rule.frames.length > 0);
  const frames = walk?.frames ?? [];
  return (
    <ol start={0} className="lesson-frames" aria-label="Frames as the walk saw them">
      {frames.slice(0, 12).map((frame) => (
        <li key={frame.index}>
          <span className="mono">{frame.normalized || '(empty)'}</span> <span className="muted">— {explainFrame(frame, frames, walk?.walk)}</span>
        </li>
      ))}
    </ol>
  );
}

function LessonView({ lesson, client, stock, progress, onProgress, onNext }: { lesson: Lesson; client: EngineClient | null; stock: SiglistTexts; progress: LessonProgress; onProgress(progress: LessonProgress): void; onNext: (() => void) | null }) {
  const answer = progress.answers[lesson.id] ?? '';
  const [hints, setHints] = useState(0);
  const [showSolution, setShowSolution] = useState(false);
  const texts = useMemo(() => lessonTexts(stock, lesson, answer), [stock, lesson, answer]);
  const signing = useLessonSigning(client, lesson, texts);
  const { task } = lesson;
  const crash = lesson.crashes.find((candidate) => candidate.id === task.crashId);
  const result = signing.status === 'signed' ? signing.results.get(task.crashId) : undefined;
  const check = result ? checkLesson(lesson, answer, result.signature) : null;
  const solved = check?.solved === true;
  const errors = signing.status === 'signed' ? signing.errors.filter((error) => task.kind === 'add-line' && error.file === task.file) : [];

  // Progress is kept as soon as the engine says the task is done.
  useEffect(() => {
    if (solved && !progress.solved.includes(lesson.id)) onProgress({ ...progress, solved: [...progress.solved, lesson.id] });
  }, [solved, progress, lesson.id, onProgress]);

  const setAnswer = (value: string) => onProgress({ ...progress, answers: { ...progress.answers, [lesson.id]: value } });
  const label = task.kind === 'add-line' ? `Your line for ${task.file}` : 'Your answer: the signature';
  const showSignature = task.kind === 'add-line' || solved || showSolution;
  return (
    <article className="lesson" aria-labelledby={`lesson-${lesson.id}`}>
      <h3 id={`lesson-${lesson.id}`}>{lesson.title}</h3>
      {lesson.idea.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <h4>The crash</h4>
      {task.kind === 'add-line' && result && result.trace.some((rule) => rule.frames?.length) ? <WalkedFrames result={result} /> : crash && <CrashFrames crash={crash.crash} />}
      {showSignature && (
        <p>
          Its signature with the lesson’s lists:{' '}
          <output className="mono lesson-signature" aria-label="Lesson crash signature">
            {signing.status === 'signed' ? result?.signature ?? '' : '…'}
          </output>
        </p>
      )}
      <h4>Task</h4>
      <p>
        {task.kind === 'add-line' ? (
          <>
            Give this crash the signature <code className="mono">{task.target}</code> by adding one line to <code>{task.file}</code>.
          </>
        ) : (
          'Type the signature the engine gives this crash.'
        )}
      </p>
      <label className="lesson-answer">
        {label}
        {task.kind === 'add-line' ? (
          <textarea className="mono" rows={2} value={answer} spellCheck={false} onChange={(event) => setAnswer(event.target.value)} />
        ) : (
          <input className="mono" value={answer} spellCheck={false} onChange={(event) => setAnswer(event.target.value)} />
        )}
      </label>
      {errors.map((error) => (
        <p key={error.line} className="banner error" role="alert">
          This line is left out: {error.message}
        </p>
      ))}
      <p className={`lesson-status ${solved ? 'solved' : ''}`} role="status" aria-label="Task check">
        {signing.status === 'failed' ? signing.message : check ? check.message : 'Signing…'}
      </p>
      <div className="lesson-actions">
        <button type="button" onClick={() => setHints((shown) => Math.min(shown + 1, lesson.hints.length))} disabled={hints >= lesson.hints.length}>
          {hints === 0 ? 'Show a hint' : 'Another hint'}
        </button>
        <button type="button" onClick={() => setShowSolution(true)} disabled={showSolution}>
          Show the solution
        </button>
        {solved && onNext && (
          <button type="button" onClick={onNext}>
            Next lesson
          </button>
        )}
      </div>
      {hints > 0 && (
        <ol className="lesson-hints" aria-label="Hints">
          {lesson.hints.slice(0, hints).map((hint, index) => (
            <li key={index}>{hint}</li>
          ))}
        </ol>
      )}
      {showSolution && (
        <p className="lesson-solution">
          Solution: <code className="mono">{lesson.solution}</code>{' '}
          {answer !== lesson.solution && (
            <button type="button" className="link" onClick={() => setAnswer(lesson.solution)}>
              Use it
            </button>
          )}
        </p>
      )}
    </article>
  );
}

/**
 * A short course on bundled crashes, one idea a lesson, with a task the
 * engine checks. Each lesson signs its own crashes with its own lists (the
 * pinned stock lists plus the learner's line); the user's draft is untouched.
 */
export function LessonsDialog({ client, stock, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [progress, setProgress] = useState<LessonProgress>(() => readProgress(localStorage));
  const [current, setCurrent] = useState(() => Math.max(0, LESSONS.findIndex((lesson) => !readProgress(localStorage).solved.includes(lesson.id))));
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const onProgress = useMemo(
    () => (next: LessonProgress) => {
      setProgress(next);
      writeProgress(localStorage, next);
    },
    [],
  );
  const lesson = LESSONS[current] as Lesson;
  const solvedCount = LESSONS.filter((candidate) => progress.solved.includes(candidate.id)).length;
  return (
    <dialog ref={dialog} className="lessons-dialog" aria-labelledby="lessons-title" onClose={onClose}>
      <DialogHead title="Lessons" titleId="lessons-title" closeLabel="Close lessons" onClose={() => dialog.current?.close()}>
        <span className="muted">
          {solvedCount} of {LESSONS.length} solved
        </span>
      </DialogHead>
      <div className="lessons-body">
        <nav aria-label="Lesson list">
          <ol className="lesson-list">
            {LESSONS.map((candidate, index) => (
              <li key={candidate.id}>
                <button type="button" aria-current={index === current ? 'page' : undefined} onClick={() => setCurrent(index)}>
                  <span className="lesson-check" aria-label={progress.solved.includes(candidate.id) ? 'solved' : 'not solved yet'}>
                    {progress.solved.includes(candidate.id) ? '✓' : '○'}
                  </span>{' '}
                  {candidate.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <LessonView key={lesson.id} lesson={lesson} client={client} stock={stock} progress={progress} onProgress={onProgress} onNext={current + 1 < LESSONS.length ? () => setCurrent(current + 1) : null} />
      </div>
    </dialog>
  );
}
