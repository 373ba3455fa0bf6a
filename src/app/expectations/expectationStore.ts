import { expectedCrashId, type Expectation } from '../../engine/index.ts';

const KEY = 'siglab.expectations.v1';
/** More than anyone pins by hand or pastes from a CI run; a bigger list is refused, not half-kept. */
export const MAX_EXPECTATIONS = 5_000;

/** A value read back from storage or a link: kept only if it is a list of expectations. */
export function readExpectationList(value: unknown): Expectation[] | null {
  if (!Array.isArray(value) || value.length > MAX_EXPECTATIONS) return null;
  const list: Expectation[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const { crash_id: id, signature } = item as Record<string, unknown>;
    if (typeof id !== 'string' || id.trim() === '' || id.length > 200 || typeof signature !== 'string' || signature.length > 10_000) return null;
    list.push({ crash_id: expectedCrashId(id), signature });
  }
  return list;
}

export function loadExpectations(storage: Storage): Expectation[] {
  try {
    return readExpectationList(JSON.parse(storage.getItem(KEY) ?? '[]')) ?? [];
  } catch {
    return [];
  }
}

/** Saves the list; answers why it could not be kept, if it could not (storage full or blocked). */
export function saveExpectations(storage: Storage, expectations: readonly Expectation[]): string | null {
  try {
    if (expectations.length === 0) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify(expectations));
    return null;
  } catch (error) {
    return `Expectations could not be kept for the next visit (${(error as Error).message}); they stay in this tab.`;
  }
}

/** Adds or replaces (by crash id) expectations, keeping the order they were first added in. */
export function mergeExpectations(current: readonly Expectation[], added: readonly Expectation[]): Expectation[] {
  const byId = new Map(current.map((expectation) => [expectation.crash_id, expectation]));
  for (const expectation of added) byId.set(expectation.crash_id, expectation);
  return [...byId.values()].slice(0, MAX_EXPECTATIONS);
}
