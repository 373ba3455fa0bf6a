import Papa from 'papaparse';
import { pyRepr, pyStr } from '../engine/python/pyStr.ts';
import type { SignatureResult } from '../engine/types.ts';

export interface ReportRow {
  readonly crashId: string;
  /** The production signature stored with the crash. */
  readonly old: unknown;
  readonly result: SignatureResult;
}

/** Writes rows in one of `siglab signature`'s formats; the layouts follow upstream's `socorro-cmd signature`. */
export interface ReportFormat {
  header(): string;
  row(row: ReportRow, verbose: boolean, first: boolean): string;
}

export const REPORT_FORMATS = ['text', 'csv', 'markdown', 'json'] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];

const same = (row: ReportRow) => row.old === row.result.signature;
const pyBool = (value: boolean) => (value ? 'True' : 'False');
const indent = (line: string) => `          ${line}`;

const text: ReportFormat = {
  header: () => '',
  row(row, verbose, first) {
    const { result } = row;
    const lines = first ? [] : [''];
    lines.push(`Crash id: ${row.crashId}`, `Original: ${pyStr(row.old)}`, `New:      ${result.signature}`, `Same?:    ${pyBool(same(row))}`);
    if (result.notes.length > 0) lines.push(`Notes:    (${result.notes.length})`, ...result.notes.map(indent));
    if (verbose) {
      if (result.debugLog.length > 0) lines.push(`Debug:    (${result.debugLog.length})`, ...result.debugLog.map(indent));
      const extra = Object.entries(result.extra).sort(([a], [b]) => (a < b ? -1 : 1));
      if (extra.length > 0) {
        lines.push('Extra:');
        for (const [key, value] of extra) {
          if (Array.isArray(value)) lines.push(indent(`${key}:`), ...value.map((item) => indent(`- ${item}`)));
          else lines.push(indent(`${key}: ${pyStr(value)}`));
        }
      }
    }
    return `${lines.join('\n')}\n`;
  },
};

const csvLine = (cells: string[]) => `${Papa.unparse([cells], { quotes: true, newline: '\r\n' })}\r\n`;

const csv: ReportFormat = {
  header: () => csvLine(['crashid', 'old', 'new', 'same?', 'notes']),
  // The notes cell holds the list as Python prints it, like upstream.
  row: (row) => csvLine([row.crashId, pyStr(row.old), row.result.signature, pyBool(same(row)), pyRepr(row.result.notes)]),
};

const backticks = (s: string) => s.replaceAll('`', '\\`');

const markdown: ReportFormat = {
  header: () => '',
  row(row, verbose, first) {
    const { result } = row;
    const lines = first ? [] : [''];
    lines.push(
      `**Crash id:** [${row.crashId}](https://crash-stats.mozilla.org/report/index/${row.crashId})`,
      `**Original:** \`${backticks(pyStr(row.old))}\``,
      `**New:** \`${backticks(result.signature)}\``,
      `**Same?:** ${pyBool(same(row))}`,
      `**Notes:** (${result.notes.length})`,
      '',
    );
    if (result.notes.length > 0) lines.push(...result.notes.map((note) => `* ${note}`), '');
    if (verbose && result.debugLog.length > 0) {
      lines.push(`**Debug:** (${result.debugLog.length})`, '', ...result.debugLog.map((note) => `* ${note}`));
    }
    return `${lines.join('\n')}\n`;
  },
};

/** One JSON object per line (JSONL), easy to feed to jq or a notebook. */
const json: ReportFormat = {
  header: () => '',
  row(row, verbose) {
    const { result } = row;
    const record: Record<string, unknown> = { crashid: row.crashId, old: row.old, new: result.signature, same: same(row), notes: result.notes };
    if (verbose) Object.assign(record, { debug_log: result.debugLog, extra: result.extra });
    return `${JSON.stringify(record)}\n`;
  },
};

export const REPORTS: Readonly<Record<ReportFormatName, ReportFormat>> = { text, csv, markdown, json };
