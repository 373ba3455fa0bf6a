import { parseCrashId } from '../crashIds.ts';

/** "This crash signs as this": a unit test for signatures. */
export interface Expectation {
  readonly crash_id: string;
  readonly signature: string;
}

export interface ParsedExpectations {
  readonly expectations: readonly Expectation[];
  /** Lines that could not be read, as "line N: why". */
  readonly errors: readonly string[];
}

/** Crash Stats ids in any of their forms (bp-…, report URLs) become the bare id; other ids stay as given. */
export const expectedCrashId = (id: string): string => parseCrashId(id) ?? id.trim();

function readJsonLine(text: string): Expectation | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { crash_id: id, signature } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '') return 'no "crash_id" string';
  if (typeof signature !== 'string') return 'no "signature" string';
  return { crash_id: expectedCrashId(id), signature };
}

/**
 * Expectations from JSON lines (`{"crash_id": "…", "signature": "…"}`) or from
 * socorro's `socorro-cmd signature` text output (`Crash id: …`, `Original: …`,
 * `New: …`), taking `New` as the expected signature; both may be mixed. A later
 * expectation for the same crash replaces an earlier one.
 */
export function parseExpectations(text: string): ParsedExpectations {
  const byId = new Map<string, Expectation>();
  const errors: string[] = [];
  let pendingId: { id: string; line: number } | null = null;
  const closePending = () => {
    if (pendingId) errors.push(`line ${pendingId.line}: "Crash id:" without a "New:" line`);
    pendingId = null;
  };
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    const number = index + 1;
    if (trimmed.startsWith('{')) {
      closePending();
      const read = readJsonLine(trimmed);
      if (typeof read === 'string') errors.push(`line ${number}: ${read}`);
      else byId.set(read.crash_id, read);
      return;
    }
    const crashId = /^Crash id:\s*(.*)$/.exec(line);
    if (crashId) {
      closePending();
      const id = (crashId[1] as string).trim();
      if (id === '') errors.push(`line ${number}: "Crash id:" without an id`);
      else pendingId = { id: expectedCrashId(id), line: number };
      return;
    }
    const signature = /^New:\s?(.*)$/.exec(line);
    if (signature) {
      if (!pendingId) {
        errors.push(`line ${number}: "New:" without a "Crash id:" line before it`);
        return;
      }
      // socorro pads the label ("New:      "); the signature itself never starts with a space.
      byId.set(pendingId.id, { crash_id: pendingId.id, signature: (signature[1] as string).trimStart() });
      pendingId = null;
    }
    // Anything else (Original:, Same?:, notes, blank lines) is not needed.
  });
  closePending();
  return { expectations: [...byId.values()], errors };
}

/** Expectations as JSON lines, the form `siglab check` reads. */
export function formatExpectations(expectations: readonly Expectation[]): string {
  return expectations.map((expectation) => `${JSON.stringify({ crash_id: expectation.crash_id, signature: expectation.signature })}\n`).join('');
}
