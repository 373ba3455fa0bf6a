import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './loadStockSiglists.ts';

export interface ServeProcess {
  readonly base: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code once the process ended. */
  readonly exited: Promise<number | null>;
  /** SIGKILL if still running (after each test). */
  kill(): void;
}

/** The built bin's `siglab serve` on a free port of 127.0.0.1, as its own process (a hang there cannot stall the test). */
export async function startServe(args: readonly string[] = [], options: { readonly openFiles?: number } = {}): Promise<ServeProcess> {
  const command = [process.execPath, join(REPO_ROOT, 'scripts', 'siglab.cjs'), 'serve', '--port', '0', ...args];
  // With `openFiles`, under that soft limit of open files (as `ulimit -n` sets it for a shell's children).
  const child =
    options.openFiles === undefined
      ? spawn(command[0] as string, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('sh', ['-c', `ulimit -n ${options.openFiles} && exec "$@"`, 'sh', ...command], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    void exited.then(() => reject(new Error(`siglab serve exited early: ${output}`)));
  });
  return { base, port: Number(new URL(base).port), child, output: () => output, exited, kill: () => void (child.exitCode === null && child.kill('SIGKILL')) };
}
