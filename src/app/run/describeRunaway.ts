import type { Runaway } from '../../engine/watchdog/locateRunaway.ts';
import type { SiglistMatch } from '../../engine/types.ts';

const STOPPED = (seconds: number) => `The run took longer than ${seconds} s and was stopped (the worker was restarted).`;
const KEPT = 'Your edits are kept; the next edit runs again.';
const named = (line: SiglistMatch) => `${line.file}:${line.line} ${line.pattern.length > 200 ? `${line.pattern.slice(0, 200)}…` : line.pattern}`;

/** What the watchdog says while it looks for the line at fault. */
export function describeSearch(seconds: number): string {
  return `${STOPPED(seconds)} Looking for the line at fault… ${KEPT}`;
}

/** What the watchdog says when its search for the line failed. */
export function describeSearchFailed(seconds: number, message: string): string {
  return `${STOPPED(seconds)} ${KEPT} The search for the line at fault failed: ${message}`;
}

/** What the watchdog found, in words: the edited line, or the stock line and the crash it hangs on. */
export function describeRunaway(seconds: number, runaway: Runaway, crashIds: readonly string[]): string {
  const crash = (index: number | null) => (index === null ? '' : ` on crash ${crashIds[index] ?? `#${index + 1}`}`);
  switch (runaway.kind) {
    case 'edited-line':
      return `${STOPPED(seconds)} The line at fault: ${named(runaway.line)} — it backtracks catastrophically${crash(runaway.crash)}. ${KEPT}`;
    case 'stock-line':
      return runaway.line
        ? `${STOPPED(seconds)} No edited line is at fault: the stock line ${named(runaway.line)} backtracks${crash(runaway.crash)} (an unusual frame there, such as a very long function name). ${KEPT}`
        : `${STOPPED(seconds)} No edited line is at fault, and no single stock line could be blamed${crash(runaway.crash)}. ${KEPT}`;
    case 'not-found': {
      const lines = runaway.suspects.slice(0, 5).map(named).join('; ');
      return `${STOPPED(seconds)} No single line hangs alone${lines ? `; these lines together do: ${lines}` : ''}. A regex there may backtrack catastrophically. ${KEPT}`;
    }
  }
}
