import { sleep as realSleep, type Sleep } from './sleep.ts';

export interface TokenBucket {
  /** Waits until a request may be sent, then takes its token. Callers are served in order. */
  take(signal?: AbortSignal): Promise<void>;
  /** Holds every caller back until `until` (a 429 means the server's window is spent). */
  pauseUntil(until: number): void;
  /** Lifts a pause (the user stopped the fetch that was waiting it out). */
  clearPause(): void;
}

export interface TokenBucketOptions {
  /** Sustained rate; the public Crash Stats limit is 100/min anonymous, 1000/min with a token. */
  readonly perMinute: number;
  /** Requests that may go out at once after a quiet spell; small, so a burst never trips the server's limit. */
  readonly burst?: number;
  readonly now?: () => number;
  readonly sleep?: Sleep;
}

/**
 * A token bucket shared by every request to one API: tokens refill steadily at
 * `perMinute`, so a long run stays under the limit while short runs are fast.
 */
export function createTokenBucket({ perMinute, burst = 5, now = Date.now, sleep = realSleep }: TokenBucketOptions): TokenBucket {
  const perMs = perMinute / 60_000;
  let tokens = burst;
  let updatedAt = now();
  let pausedUntil = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const refill = () => {
    const time = now();
    if (time <= updatedAt) return;
    tokens = Math.min(burst, tokens + (time - updatedAt) * perMs);
    updatedAt = time;
  };

  const acquire = async (signal?: AbortSignal) => {
    for (;;) {
      signal?.throwIfAborted();
      const pause = pausedUntil - now();
      if (pause > 0) {
        await sleep(pause, signal);
        continue;
      }
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await sleep(Math.ceil((1 - tokens) / perMs), signal);
    }
  };

  return {
    take(signal) {
      const turn = queue.then(() => acquire(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until);
      // Whatever was saved up is void once the server says stop.
      tokens = 0;
      updatedAt = Math.max(now(), until);
    },
    clearPause() {
      pausedUntil = 0;
      updatedAt = Math.min(updatedAt, now());
    },
  };
}
