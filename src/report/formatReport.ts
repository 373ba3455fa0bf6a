import Papa from 'papaparse';
import { pyRepr, pyStr } from '../engine/python/pyStr.ts';
import type { SignatureExtra } from '../engine/types.ts';
import { inertCsvCell } from './inertCsvCell.ts';
import { markdownCode, markdownCrashId } from './inertMarkdown.ts';

/** One crash of a report: the signature it had, the one it gets, and why. */
export interface ReportRow {
  readonly crashId: string;
  /** The signature before (the production one in the CLI, the stock-lists one in the app). */
  readonly old: unknown;
  readonly signature: string;
  readonly notes: readonly string[];
  readonly debugLog?: readonly string[];
  readonly extra?: SignatureExtra;
}

/** Writes rows in one of `siglab signature`'s formats; the layouts follow upstream's `socorro-cmd signature`. Used by the CLI and the app's export. */
export interface ReportFormat {
  header(): string;
  row(row: ReportRow, verbose: boolean, first: boolean): string;
}

export const REPORT_FORMATS = ['text', 'csv', 'markdown', 'json'] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];

const same = (row: ReportRow) => row.old === row.signature;
const pyBool = (value: boolean) => (value ? 'True' : 'False');
const indent = (line: string) => `          ${line}`;
/** Appends without spreading: push(...items) overflows the stack on very long arrays. */
const appendAll = (target: string[], items: readonly string[]) => {
  for (const item of items) target.push(item);
};

const text: ReportFormat = {
  header: () => '',
  row(row, verbose, first) {
    const lines = first ? [] : [''];
    lines.push(`Crash id: ${row.crashId}`, `Original: ${pyStr(row.old)}`, `New:      ${row.signature}`, `Same?:    ${pyBool(same(row))}`);
    if (row.notes.length > 0) appendAll(lines, [`Notes:    (${row.notes.length})`, ...row.notes.map(indent)]);
    if (verbose) {
      const debugLog = row.debugLog ?? [];
      if (debugLog.length > 0) appendAll(lines, [`Debug:    (${debugLog.length})`, ...debugLog.map(indent)]);
      const extra = Object.entries(row.extra ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
      if (extra.length > 0) {
        lines.push('Extra:');
        for (const [key, value] of extra) {
          if (Array.isArray(value)) appendAll(lines, [indent(`${key}:`), ...value.map((item) => indent(`- ${item}`))]);
          else lines.push(indent(`${key}: ${pyStr(value)}`));
        }
      }
    }
    return `${lines.join('\n')}\n`;
  },
};

const csvLine = (cells: string[]) => `${Papa.unparse([cells.map(inertCsvCell)], { quotes: true, newline: '\r\n' })}\r\n`;

const csv: ReportFormat = {
  header: () => csvLine(['crashid', 'old', 'new', 'same?', 'notes']),
  // The notes cell holds the list as Python prints it, like upstream.
  row: (row) => csvLine([row.crashId, pyStr(row.old), row.signature, pyBool(same(row)), pyRepr(row.notes)]),
};

const markdown: ReportFormat = {
  header: () => '',
  row(row, verbose, first) {
    const lines = first ? [] : [''];
    const debugLog = row.debugLog ?? [];
    lines.push(
      `**Crash id:** ${markdownCrashId(row.crashId)}`,
      `**Original:** ${markdownCode(pyStr(row.old))}`,
      `**New:** ${markdownCode(row.signature)}`,
      `**Same?:** ${pyBool(same(row))}`,
      `**Notes:** (${row.notes.length})`,
      '',
    );
    if (row.notes.length > 0) appendAll(lines, [...row.notes.map((note) => `* ${markdownCode(note)}`), '']);
    if (verbose && debugLog.length > 0) {
      appendAll(lines, [`**Debug:** (${debugLog.length})`, '', ...debugLog.map((note) => `* ${markdownCode(note)}`)]);
    }
    return `${lines.join('\n')}\n`;
  },
};

/** One JSON object per line (JSONL), easy to feed to jq or a notebook. */
const json: ReportFormat = {
  header: () => '',
  row(row, verbose) {
    const record: Record<string, unknown> = { crashid: row.crashId, old: row.old, new: row.signature, same: same(row), notes: row.notes };
    if (verbose) Object.assign(record, { debug_log: row.debugLog ?? [], extra: row.extra ?? {} });
    return `${JSON.stringify(record)}\n`;
  },
};

export const REPORTS: Readonly<Record<ReportFormatName, ReportFormat>> = { text, csv, markdown, json };

/** A whole report as one text. */
export function formatReport(format: ReportFormatName, rows: readonly ReportRow[], verbose = false): string {
  const report = REPORTS[format];
  return report.header() + rows.map((row, index) => report.row(row, verbose, index === 0)).join('');
}
