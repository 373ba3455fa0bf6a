import { useEffect, useState } from 'react';
import type { SiglistError, SiglistTexts, SignatureResult } from '../../engine/types.ts';
import { EngineInterruptedError, type EngineClient } from '../../worker/createEngineClient.ts';
import type { Lesson } from './lessons.ts';

/** The worker's name for the lesson's siglist set: one at a time, replaced as the learner types. */
const LESSON_SET = 'lesson';
/** Typing settles before the lesson's lists are compiled and its crashes signed. */
const SETTLE_MS = 120;

export type LessonSigning =
  | { readonly status: 'signing' }
  | { readonly status: 'signed'; readonly results: ReadonlyMap<string, SignatureResult>; readonly errors: readonly SiglistError[] }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Signs the lesson's crashes with the lesson's lists in the worker, as just
 * another siglist set: the page's stock and edited sets are never touched.
 */
export function useLessonSigning(client: EngineClient | null, lesson: Lesson, texts: SiglistTexts): LessonSigning {
  const [signing, setSigning] = useState<LessonSigning>({ status: 'signing' });
  useEffect(() => {
    if (!client) return;
    let live = true;
    setSigning({ status: 'signing' });
    const timer = setTimeout(() => {
      client
        .defineSiglistSet(LESSON_SET, texts)
        .then(async (errors) => {
          const outcomes = await client.signOutside(LESSON_SET, lesson.crashes);
          const results = new Map<string, SignatureResult>();
          outcomes.forEach((outcome, index) => {
            const crash = lesson.crashes[index];
            if (crash && outcome.result) results.set(crash.id, outcome.result);
          });
          if (live) setSigning({ status: 'signed', results, errors });
        })
        .catch((error: unknown) => {
          if (!live) return;
          const message =
            error instanceof EngineInterruptedError && error.reason === 'timeout'
              ? 'Signing took too long and was stopped: the line makes the regular expression backtrack. Try a simpler pattern.'
              : `The lesson could not be signed: ${(error as Error).message}`;
          setSigning({ status: 'failed', message });
        });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, lesson, texts]);
  return signing;
}
