import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './loadStockSiglists.ts';

/** One golden case produced by upstream's Python (see ../shared/parity/README.md). */
export interface ParityCase {
  readonly id: string;
  readonly input_kind: 'processed' | 'crash_data';
  readonly input: unknown;
  readonly crash_data: Record<string, unknown>;
  readonly signature: string;
  readonly notes: readonly string[];
  readonly extra?: { proto_signature?: string; normalized_frames?: string[] };
  readonly tags?: readonly string[];
}

export const PARITY_DIR = process.env.PARITY_DIR ?? join(REPO_ROOT, '..', 'shared', 'parity');
export const PARITY_FILES = ['cases.jsonl', 'crash_data_cases.jsonl'] as const;

export function parityAvailable(): boolean {
  return PARITY_FILES.every((file) => existsSync(join(PARITY_DIR, file)));
}

export function readParityCases(file: string, limit = Infinity): ParityCase[] {
  const lines = readFileSync(join(PARITY_DIR, file), 'utf8').split('\n').filter(Boolean);
  return lines.slice(0, limit).map((line) => JSON.parse(line) as ParityCase);
}
