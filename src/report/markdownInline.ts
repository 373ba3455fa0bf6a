import { isCrashId } from '../engine/crashIds.ts';
import { markdownCode } from './inertMarkdown.ts';

export const CRASH_REPORT_URL = 'https://crash-stats.mozilla.org/report/index/';

/** A code span for a GitHub table cell: a pipe ends the cell even inside a code span unless escaped. */
export function tableCodeSpan(text: string): string {
  return markdownCode(text).replaceAll('|', '\\|');
}

/** A short link to the crash's report, or the id as inert code when it is not a crash id. */
export function crashLink(id: string, label: string): string {
  return isCrashId(id) ? `[${label}](${CRASH_REPORT_URL}${id})` : markdownCode(id);
}
