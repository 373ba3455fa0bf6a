import { nextTask } from './nextTask.ts';

/** Work between two looks at the message queue: short enough that a new keystroke's run starts promptly. */
export const SLICE_MS = 12;

/**
 * Calls step(0 … count - 1), yielding to the worker's messages every
 * `sliceMs`; answers false as soon as overtaken() is true at a yield (a newer
 * run came in), true when every step ran and nothing overtook it.
 */
export async function inSlices(count: number, sliceMs: number, overtaken: () => boolean, step: (index: number) => void): Promise<boolean> {
  let sliceStart = performance.now();
  for (let index = 0; index < count; index++) {
    // The clock is read every 64 steps only: a step is a few microseconds.
    if ((index & 63) === 63 && performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      if (overtaken()) return false;
      sliceStart = performance.now();
    }
    step(index);
  }
  return !overtaken();
}
