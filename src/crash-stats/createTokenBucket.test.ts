import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './createTokenBucket.ts';
import { createFakeClock } from './fakeClock.ts';

describe('createTokenBucket', () => {
  it('never lets more than the limit through in any minute', async () => {
    const clock = createFakeClock();
    const bucket = createTokenBucket({ perMinute: 100, burst: 5, now: clock.now, sleep: clock.sleep });
    const sentAt: number[] = [];
    for (let i = 0; i < 400; i++) {
      await bucket.take();
      sentAt.push(clock.now());
    }
    for (let i = 0; i < sentAt.length; i++) {
      const inWindow = sentAt.filter((t) => t >= (sentAt[i] as number) && t < (sentAt[i] as number) + 60_000).length;
      expect(inWindow).toBeLessThanOrEqual(100 + 5);
    }
    // And it is not needlessly slow: 400 requests take about four minutes.
    expect(clock.now() - (sentAt[0] as number)).toBeLessThan(4 * 60_000);
  });

  it('holds everyone back after a pause', async () => {
    const clock = createFakeClock();
    const bucket = createTokenBucket({ perMinute: 1000, now: clock.now, sleep: clock.sleep });
    bucket.pauseUntil(clock.now() + 30_000);
    const start = clock.now();
    await bucket.take();
    expect(clock.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('rejects a waiting caller when aborted, and serves the next one', async () => {
    const bucket = createTokenBucket({ perMinute: 60, burst: 1 });
    await bucket.take();
    const controller = new AbortController();
    const waiting = bucket.take(controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
  });
});
