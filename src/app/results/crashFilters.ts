import type { SiglistFile } from '../../engine/types.ts';
import { hasDrift } from '../../report/groupChanges.ts';
import type { ResultRow } from '../../worker/engineApi.ts';

/** What narrows the crash table: a Changes-view pair, or the crashes one siglist line decided. */
export type CrashScope =
  | { readonly kind: 'pair'; readonly stock: string; readonly edited: string }
  | { readonly kind: 'line'; readonly file: SiglistFile; readonly line: number; readonly ids: ReadonlySet<string> }
  | { readonly kind: 'rule'; readonly rule: string; readonly ids: ReadonlySet<string> };

export interface CrashFilters {
  readonly scope: CrashScope | null;
  readonly changedOnly: boolean;
  readonly driftOnly: boolean;
}

export const NO_FILTERS: CrashFilters = { scope: null, changedOnly: false, driftOnly: false };

export function filterCrashes(rows: readonly ResultRow[], { scope, changedOnly, driftOnly }: CrashFilters): readonly ResultRow[] {
  if (!scope && !changedOnly && !driftOnly) return rows;
  return rows.filter(
    (row) =>
      (!changedOnly || row.stock !== row.edited) &&
      (!driftOnly || hasDrift(row)) &&
      (!scope || (scope.kind === 'pair' ? row.stock === scope.stock && row.edited === scope.edited : scope.ids.has(row.id))),
  );
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The active filters in words, for the table header and for exports ("exports follow the filter and say so"). */
export function describeFilters({ scope, changedOnly, driftOnly }: CrashFilters): string {
  const parts: string[] = [];
  if (scope?.kind === 'pair') parts.push(`stock "${shorten(scope.stock)}" → edited "${shorten(scope.edited)}"`);
  if (scope?.kind === 'line') parts.push(`decided by ${scope.file}:${scope.line}`);
  if (scope?.kind === 'rule') parts.push(`${scope.rule} fired`);
  if (changedOnly) parts.push('changed by the edit');
  if (driftOnly) parts.push('production drift');
  return parts.join(', ');
}
