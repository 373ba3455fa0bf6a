// Shared by the suggestion benches (node and browser): turns crash data into one big bucket.
// Plain JavaScript so that a bare `node` (suggestBench.mjs) and tsx (browserBench.ts) both load it.

export const BUCKET = 'mozilla::CondVar::Wait';
const WAIT = ['NtWaitForAlertByThreadId', 'RtlSleepConditionVariableSRW', 'SleepConditionVariableSRW', 'mozilla::detail::ConditionVariableImpl::wait', BUCKET];
const CALLERS = Array.from({ length: 40 }, (_, n) => `mozilla::dom::WorkerPrivate${n}::DoRunLoop`);

/**
 * Makes `size` of the crashes (every third, from the start) wait on a condition variable, called
 * from 40 places (a few of them common), so they sign as BUCKET, which a prefix line would split.
 * Below the caller each keeps its own frames; some hold a sentinel or another rule's trigger and
 * sign otherwise, so crashes are turned (checked with `generator`) until `size` sign as BUCKET.
 * Answers the new list; the crashes given are not changed.
 */
export function turnIntoBucket(crashes, generator, size = 5000) {
  const turnedList = [...crashes];
  let inBucket = 0;
  for (let position = 0; inBucket < size && position < turnedList.length; position += 3) {
    const crash = turnedList[position];
    const thread = Number.isInteger(crash.crashing_thread) && crash.crashing_thread >= 0 ? crash.crashing_thread : 0;
    const threads = Array.isArray(crash.threads) ? [...crash.threads] : [];
    const caller = CALLERS[Math.floor(CALLERS.length * (((inBucket * 7919) % size) / size) ** 3)];
    const frames = [...WAIT, caller].map((fn) => ({ function: fn, module: 'xul.dll' }));
    threads[thread] = { ...threads[thread], frames: [...frames, ...(threads[thread]?.frames ?? []).slice(0, 30)] };
    // Nothing else a later rule reads (OOM, Abort, IPC, hang…): the walk alone names them.
    const turned = { crashing_thread: thread, threads, os: 'Windows NT', ...(crash.uuid ? { uuid: crash.uuid } : {}) };
    if (generator.generate(turned).signature !== BUCKET) continue;
    turnedList[position] = turned;
    inBucket++;
  }
  return turnedList;
}
