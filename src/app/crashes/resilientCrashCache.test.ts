import { describe, expect, it } from 'vitest';
import type { CrashData } from '../../engine/types.ts';
import { resilientCrashCache } from './resilientCrashCache.ts';

const crash = { crashing_thread: 0 } as CrashData;
const quotaExceeded = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('resilientCrashCache', () => {
  it('a full IndexedDB does not fail the crash: the write is skipped and the reason reported', async () => {
    const problems: string[] = [];
    const cache = resilientCrashCache({ get: async () => undefined, set: quotaExceeded }, (message) => problems.push(message));
    await expect(cache.set('id', crash)).resolves.toBeUndefined();
    expect(problems).toEqual(['Fetched crashes are loaded but not cached (browser storage is full): a reload fetches them again.']);
  });

  it('an unreadable cache is a miss, with the reason', async () => {
    const problems: string[] = [];
    const cache = resilientCrashCache({ get: () => Promise.reject(new Error('blocked')), set: async () => undefined }, (message) => problems.push(message));
    await expect(cache.get('id')).resolves.toBeUndefined();
    expect(problems).toEqual(['The crash cache cannot be read (blocked): crashes are fetched again.']);
  });
});
