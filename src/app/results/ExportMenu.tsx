import { useState } from 'react';
import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';
import { formatReport, type ReportFormatName } from '../../report/formatReport.ts';
import { formatSiglistPatch } from '../../report/formatSiglistPatch.ts';
import type { ResultRow } from '../../worker/engineApi.ts';
import { downloadText } from '../share/downloadText.ts';

interface Props {
  /** The crashes the active filters let through: exports follow the filters. */
  readonly rows: readonly ResultRow[];
  readonly total: number;
  /** The filters in words, or '' for none. */
  readonly filter: string;
  readonly stock: SiglistTexts;
  readonly edited: SiglistTexts;
  /** The Changes view as a PR-comment table. */
  changesMarkdown(): string;
}

const FILES: Readonly<Record<Exclude<ReportFormatName, 'text'>, { label: string; extension: string; type: string }>> = {
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv' },
  markdown: { label: 'Markdown', extension: 'md', type: 'text/markdown' },
  json: { label: 'JSON', extension: 'jsonl', type: 'application/x-ndjson' },
};

async function copyOrDownload(text: string, name: string, type: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    downloadText(name, text, type);
    return 'downloaded (the clipboard is not available here)';
  }
}

/**
 * Exports in the layouts of upstream's `socorro-cmd signature` ("old" is the
 * stock-lists signature, "new" the edited one), the Changes view for a pull
 * request comment, and the edits as a patch for socorro.
 */
export function ExportMenu({ rows, total, filter, stock, edited, changesMarkdown }: Props) {
  const [status, setStatus] = useState('');
  const reportRows = () => rows.map((row) => ({ crashId: row.id, old: row.stock, signature: row.edited, notes: row.notes }));
  // The patch is only built on click: diffing on every render would run on every keystroke.
  const patch = () => formatSiglistPatch(stock, edited);
  const edits = SIGLIST_FILES.some((file) => stock[file] !== edited[file]);
  const scope = filter ? `${rows.length.toLocaleString('en')} of ${total.toLocaleString('en')} crashes (filtered: ${filter})` : `all ${total.toLocaleString('en')} crashes`;

  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="menu" role="group" aria-label="Export">
        <p className="hint">Crash exports cover {scope}.</p>
        <button type="button" onClick={() => void copyOrDownload(changesMarkdown(), 'siglab-changes.md', 'text/markdown').then((how) => setStatus(`Changes table ${how}.`))}>
          Copy changes as Markdown (for a PR)
        </button>
        {(Object.keys(FILES) as (keyof typeof FILES)[]).map((format) => (
          <button
            key={format}
            type="button"
            disabled={rows.length === 0}
            onClick={() => {
              downloadText(`siglab-signatures.${FILES[format].extension}`, formatReport(format, reportRows()), FILES[format].type);
              setStatus(`${FILES[format].label} of ${scope} downloaded.`);
            }}
          >
            Export {FILES[format].label} ({rows.length.toLocaleString('en')})
          </button>
        ))}
        <button type="button" disabled={!edits} onClick={() => void copyOrDownload(patch(), 'siglists.patch', 'text/x-diff').then((how) => setStatus(`Patch ${how}.`))}>
          Copy siglist patch
        </button>
        <button type="button" disabled={!edits} onClick={() => downloadText('siglists.patch', patch(), 'text/x-diff')}>
          Download patch
        </button>
        <p className="hint" role="status" aria-label="Export status">
          {status}
        </p>
      </div>
    </details>
  );
}
