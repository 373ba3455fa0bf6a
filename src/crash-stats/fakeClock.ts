/** A clock whose sleeps pass instantly, for testing waits without waiting. */
export function createFakeClock(start = 1_000_000) {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleeps,
    sleep: (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return Promise.reject(signal.reason);
      sleeps.push(ms);
      time += Math.max(0, ms);
      return Promise.resolve();
    },
  };
}
