import { isCrashId } from '../engine/crashIds.ts';

export const CRASH_REPORT_URL = 'https://crash-stats.mozilla.org/report/index/';

/**
 * Text as a Markdown code span that stays inert in GitHub and Bugzilla: the
 * fence is longer than any backtick run inside, so a backtick in a signature
 * cannot close it early and turn what follows into live Markdown.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longestRun = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick needs a space so the fence is unambiguous.
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span for a GitHub table cell: a pipe ends the cell even inside a code span unless escaped. */
export function tableCodeSpan(text: string): string {
  return codeSpan(text).replaceAll('|', '\\|');
}

/** A link to the crash's report, or the id as inert code when it is not a crash id. */
export function crashLink(id: string, label = id): string {
  return isCrashId(id) ? `[${label}](${CRASH_REPORT_URL}${id})` : codeSpan(id);
}
