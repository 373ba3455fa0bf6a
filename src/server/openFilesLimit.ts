import { readFileSync } from 'node:fs';

/** The process's soft limit of open files (Linux, from /proc), or null where it cannot be read. */
export function openFilesLimit(): number | null {
  try {
    const found = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return found ? Number(found[1]) : null;
  } catch {
    return null;
  }
}
