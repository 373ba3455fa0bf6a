import { requireString } from '../python/requireString.ts';
import { pyTruthy } from '../python/pyValues.ts';

/**
 * The path part of a frame's `file`: `hg:host/repo:path:rev` → `path`,
 * `c:\dir\x.cpp` → `\dir\x.cpp`, absolute POSIX paths as they are; anything
 * else is unknown (null).
 */
export function parseSourceFile(file: unknown): string | null {
  if (!pyTruthy(file)) return null;
  const text = requireString(file, 'split');
  const parts = text.split(':');
  if (parts.length === 4) return parts[2] as string;
  if (parts.length === 2) return parts[1] as string;
  if (text.startsWith('/')) return text;
  return null;
}
