import { PyError, pyTypeName } from './pyErrors.ts';

/** Upstream calls str methods on frame fields; other types raise AttributeError there. */
export function requireString(value: unknown, method: string): string {
  if (typeof value === 'string') return value;
  throw new PyError('AttributeError', `'${pyTypeName(value)}' object has no attribute '${method}'`);
}
