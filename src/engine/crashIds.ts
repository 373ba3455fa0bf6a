// Crash ids are UUIDs whose last six digits are the submission date (YYMMDD).
const CRASH_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}[0-9]{6}$/;
const CRASH_ID_ANYWHERE = /[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/gi;
const TOKEN_SEPARATORS = /[\s,;"'<>()[\]{}|]+/;

export function isCrashId(text: string): boolean {
  return CRASH_ID.test(text);
}

/**
 * A crash id from a bare id, `bp-<id>` (as crash reporters print them) or a
 * report URL `http(s)://host/report/index/<id>`; null for anything else.
 */
export function parseCrashId(text: string): string | null {
  const item = text.trim();
  if (isCrashId(item)) return item;
  if (item.startsWith('bp-') && isCrashId(item.slice(3))) return item.slice(3);
  if (item.startsWith('http')) {
    let path: string;
    try {
      path = new URL(item).pathname;
    } catch {
      return null;
    }
    if (path.startsWith('/report/index')) {
      const last = path.split('/').pop() ?? '';
      if (isCrashId(last)) return last;
    }
  }
  return null;
}

export interface FoundCrashIds {
  /** Valid ids, deduplicated, in order of first appearance. */
  readonly ids: readonly string[];
  /** Tokens that look like a crash id or report link but are not valid. */
  readonly invalid: readonly string[];
}

/** Pulls every crash id out of free text (bug comments, CSV, lists of links). */
export function findCrashIds(text: string): FoundCrashIds {
  const ids = new Set<string>();
  const invalid = new Set<string>();
  for (const token of text.split(TOKEN_SEPARATORS)) {
    if (!token) continue;
    const direct = parseCrashId(token);
    if (direct) {
      ids.add(direct);
      continue;
    }
    const embedded = [...token.matchAll(CRASH_ID_ANYWHERE)].map((m) => m[0]);
    const valid = embedded.map((candidate) => candidate.toLowerCase()).filter(isCrashId);
    valid.forEach((id) => ids.add(id));
    const looksLikeAnAttempt = embedded.length > 0 || /^bp-/i.test(token) || token.includes('/report/index');
    if (valid.length === 0 && looksLikeAnAttempt) invalid.add(token);
  }
  return { ids: [...ids], invalid: [...invalid] };
}
