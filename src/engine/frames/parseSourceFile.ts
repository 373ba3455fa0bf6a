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

/**
 * `(parseSourceFile(file) ?? '').endsWith('.rs')` without cutting the string:
 * asked for nearly every frame, so it only looks for the colons.
 */
export function isRustSourceFile(file: unknown): boolean {
  if (!pyTruthy(file)) return false;
  const text = requireString(file, 'split');
  const first = text.indexOf(':');
  const second = first === -1 ? -1 : text.indexOf(':', first + 1);
  const third = second === -1 ? -1 : text.indexOf(':', second + 1);
  const fourth = third === -1 ? -1 : text.indexOf(':', third + 1);
  // Four parts: the path is the third; `.rs` right before the third colon is inside it.
  if (third !== -1 && fourth === -1) return text.endsWith('.rs', third);
  // Two parts: the path is the second, which ends the text.
  if (first !== -1 && second === -1) return text.endsWith('.rs');
  return text.startsWith('/') && text.endsWith('.rs');
}
