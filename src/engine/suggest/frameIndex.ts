import type { SignatureGenerator } from '../createGenerator.ts';
import type { SigningSource } from './types.ts';

/**
 * Which crashes listed which frame text: each distinct text once, with the
 * positions of the crashes that have it. A candidate line is tested against
 * the distinct texts, not against every frame of every crash.
 */
export interface FrameIndex {
  readonly texts: readonly string[];
  /** Positions per text (same order as texts), ascending, each once. */
  readonly positions: readonly (readonly number[])[];
  /** Crashes whose listed frames are not known: any line may change them. */
  readonly unknown: readonly number[];
}

/** Indexes the frames the engine listed for each crash with this generator's line-number list. */
export function buildFrameIndex(source: SigningSource, generator: SignatureGenerator): FrameIndex {
  const idOf = new Map<string, number>();
  const texts: string[] = [];
  const positions: number[][] = [];
  const unknown: number[] = [];
  for (let position = 0; position < source.size; position++) {
    const threads = source.framesRead(position, generator);
    if (!threads) {
      unknown.push(position);
      continue;
    }
    for (const frames of threads) {
      for (const text of frames) {
        let id = idOf.get(text);
        if (id === undefined) {
          id = texts.length;
          idOf.set(text, id);
          texts.push(text);
          positions.push([]);
        }
        const list = positions[id] as number[];
        if (list[list.length - 1] !== position) list.push(position);
      }
    }
  }
  return { texts, positions, unknown };
}

/** The positions of crashes that listed a text the predicate picks, plus the unknown ones, ascending. */
export function positionsWithFrame(index: FrameIndex, picks: (text: string) => boolean): number[] {
  const found = new Set<number>(index.unknown);
  index.texts.forEach((text, id) => {
    if (picks(text)) for (const position of index.positions[id] as readonly number[]) found.add(position);
  });
  return [...found].sort((a, b) => a - b);
}
