import { isCrashId } from '../engine/crashIds.ts';

// Reports are pasted into Bugzilla and GitHub comments: crash data (abort
// messages, ids read from files) is attacker-controlled, so nothing in it may
// become a link, an image, a heading or raw HTML there.

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/** One line: a newline inside a value would start a new Markdown block (a heading, a list, a link definition). */
const oneLine = (text: string) => text.replace(LINE_BREAKS, ' ');

/**
 * A code span that shows `text` literally: backslashes do not escape inside a
 * code span, so the fence is one backtick longer than the longest run inside.
 */
export function markdownCode(text: string): string {
  const content = oneLine(text);
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A space keeps a leading or trailing backtick from joining the fence; CommonMark strips one on each side.
  const pad = content.startsWith('`') || content.endsWith('`') || content.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

export const CRASH_REPORT_URL = 'https://crash-stats.mozilla.org/report/index/';

/** A crash id links to its report only when it is one; anything else is shown as literal code. */
export function markdownCrashId(crashId: string, label = crashId): string {
  return isCrashId(crashId) ? `[${label}](${CRASH_REPORT_URL}${crashId})` : markdownCode(crashId);
}

/** A code span for a GitHub table cell: a pipe ends the cell even inside a code span unless escaped. */
export function markdownTableCode(text: string): string {
  return markdownCode(text).replaceAll('|', '\\|');
}
