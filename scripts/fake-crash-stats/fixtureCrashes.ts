import { readFileSync } from 'node:fs';
import { makeSyntheticCrashes } from '../bench/makeSyntheticCrashes.ts';

/** The id of the n-th fixture crash: a valid crash id (date suffix 261125). */
export function fixtureCrashId(n: number): string {
  return `fa4e${n.toString(16).padStart(4, '0')}-0000-4000-8000-000000261125`;
}

/** Processed crashes for the fake server: a file of them (one JSON per line), or generated ones. */
export function loadFixtureCrashes(file?: string, count = 200): Map<string, Record<string, unknown>> {
  const crashes = file
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    : makeSyntheticCrashes(count, 7).map((crash, n) => ({ ...crash, uuid: fixtureCrashId(n), product: 'Firefox', date_processed: '2026-11-25T00:00:00+00:00' }));
  return new Map(crashes.map((crash) => [String(crash.uuid), crash]));
}
