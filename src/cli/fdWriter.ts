import { writeSync } from 'node:fs';
import { pauseBriefly } from './cliIo.ts';

/**
 * Writes text to a file descriptor synchronously and completely: the bin's
 * stdout and stderr. Node's stream on a pipe (process.stdout) costs a
 * one-crash `signify` ~9 ms just to set up (node:net and its streams), and a
 * synchronous write has everything out before the process exits.
 */
export function createFdWriter(fd: number): { write(text: string): boolean } {
  return {
    write(text) {
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset, bytes.length - offset);
        } catch (error) {
          // A non-blocking pipe that is full: wait for the reader.
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
          pauseBriefly();
        }
      }
      return true;
    },
  };
}
