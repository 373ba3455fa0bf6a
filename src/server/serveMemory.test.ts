import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../testing/startServe.ts';

/** Resident memory of a process and its threads, in MB (Linux). */
function rssMb(pid: number): number {
  const found = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(found?.[1]) / 1024;
}

let serve: ServeProcess | undefined;
afterEach(() => serve?.kill());

describe('siglab serve: memory stays bounded (the built bin, real HTTP)', () => {
  it.skipIf(process.platform !== 'linux')('stays under 400 MB resident after 100 crashes with distinct 1 MB function names (it held 719 MB)', async () => {
    serve = await startServe();
    const pid = serve.child.pid as number;
    for (let i = 0; i < 100; i++) {
      const name = `${String(i).padStart(3, '0')}${'nsFoo::Bar'.repeat(100_000)}`;
      const body = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: name }, { module: `${name}.so` }] }] });
      const answer = await fetch(`${serve.base}/signature`, { method: 'POST', body });
      expect(answer.status).toBe(200);
      await answer.arrayBuffer();
    }
    expect(rssMb(pid)).toBeLessThan(400);
  }, 300_000);
});
