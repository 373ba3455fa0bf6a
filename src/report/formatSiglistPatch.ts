import { createTwoFilesPatch } from 'diff';
import { SIGLIST_FILES, type SiglistTexts } from '../engine/types.ts';

/** Where the siglists live in mozilla-services/socorro. */
export const SIGLIST_REPO_PATH = 'socorro/signature/siglists';

/**
 * A unified diff of the edited siglists against the stock ones, in git's
 * format (`git apply` / `patch -p1` in a socorro checkout), ready for a pull request.
 * Empty when nothing changed.
 */
export function formatSiglistPatch(stock: SiglistTexts, edited: SiglistTexts): string {
  return SIGLIST_FILES.filter((file) => stock[file] !== edited[file])
    .map((file) => {
      const path = `${SIGLIST_REPO_PATH}/${file}`;
      const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, stock[file], edited[file], '', '', { context: 3 });
      // jsdiff opens with a "====" rule; git starts each file with its own header instead.
      const body = patch.replace(/^=+\n/, '').replace(/^(--- a\/\S+)\t\n/m, '$1\n').replace(/^(\+\+\+ b\/\S+)\t\n/m, '$1\n');
      return `diff --git a/${path} b/${path}\n${body}`;
    })
    .join('');
}
