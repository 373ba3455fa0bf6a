import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface TimedRun {
  readonly wall: number;
  /** User + system seconds (null without /usr/bin/time): unlike wall time, not inflated by other processes' turns. */
  readonly cpu: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to completion with `input` on stdin, timing it. */
export function timed(program: string, args: readonly string[], input: string, env?: NodeJS.ProcessEnv): TimedRun {
  const withTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = withTime
    ? spawnSync('/usr/bin/time', ['-f', 'siglab-bench-cpu %U %S', program, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30, env })
    : spawnSync(program, args, { input, encoding: 'utf8', maxBuffer: 1 << 30, env });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${result.stderr}`);
  const found = /siglab-bench-cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  return {
    wall,
    cpu: found ? Number(found[1]) + Number(found[2]) : null,
    stdout: result.stdout,
    stderr: found ? result.stderr.slice(0, found.index) : result.stderr,
  };
}
