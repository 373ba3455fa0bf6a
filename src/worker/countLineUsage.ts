import type { SiglistFile, SignatureResult } from '../engine/types.ts';

/** How often a siglist line decided something in the loaded crashes. */
export interface LineUsage {
  readonly file: SiglistFile;
  readonly line: number;
  readonly frames: number;
  readonly crashes: number;
}

/** How many loaded crashes a rule fired in (its condition held, whether or not the signature changed). */
export interface RuleUsage {
  readonly rule: string;
  readonly crashes: number;
}

interface Entry {
  readonly file: SiglistFile;
  readonly line: number;
  frames: number;
  /** Positions of the crashes the line decided a frame of, ascending. */
  readonly positions: number[];
}

/**
 * Per siglist line, the frames and crashes it decided. Keeps the crash
 * positions too, so the app can filter the table to "crashes this line decided".
 */
export function createLineUsage() {
  const entries = new Map<string, Entry>();
  /** Per rule, the positions of the crashes it fired in, ascending. */
  const fired = new Map<string, number[]>();
  return {
    /** Counts one crash's result; positions must be added in ascending order. */
    add(position: number, result: SignatureResult) {
      for (const rule of result.trace) {
        if (rule.fired) {
          let positions = fired.get(rule.rule);
          if (!positions) fired.set(rule.rule, (positions = []));
          if (positions[positions.length - 1] !== position) positions.push(position);
        }
        for (const frame of rule.frames ?? []) {
          const matches = new Set([frame.match, frame.sentinelMatch, frame.lineNumberMatch]);
          for (const match of matches) {
            if (!match || match.line === 0) continue;
            const key = `${match.file}:${match.line}`;
            let entry = entries.get(key);
            if (!entry) entries.set(key, (entry = { file: match.file, line: match.line, frames: 0, positions: [] }));
            entry.frames++;
            if (entry.positions[entry.positions.length - 1] !== position) entry.positions.push(position);
          }
        }
      }
    },
    summary(): LineUsage[] {
      return [...entries.values()].map(({ file, line, frames, positions }) => ({ file, line, frames, crashes: positions.length }));
    },
    positionsOf(file: SiglistFile, line: number): readonly number[] {
      return entries.get(`${file}:${line}`)?.positions ?? [];
    },
    /** Rules that fired at least once, with their crash counts. */
    ruleSummary(): RuleUsage[] {
      return [...fired].map(([rule, positions]) => ({ rule, crashes: positions.length }));
    },
    positionsFiredBy(rule: string): readonly number[] {
      return fired.get(rule) ?? [];
    },
  };
}

export type LineUsageCounter = ReturnType<typeof createLineUsage>;
