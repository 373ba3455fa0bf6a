import { useState } from 'react';
import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';
import { formatReport, type ReportFormatName } from '../../report/formatReport.ts';
import { formatSiglistPatch } from '../../report/formatSiglistPatch.ts';
import type { ResultRow } from '../../worker/engineApi.ts';
import { downloadText } from '../share/downloadText.ts';

interface Props {
  readonly rows: readonly ResultRow[];
  readonly stock: SiglistTexts;
  readonly edited: SiglistTexts;
}

const FILES: Readonly<Record<Exclude<ReportFormatName, 'text'>, { label: string; extension: string; type: string }>> = {
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv' },
  markdown: { label: 'Markdown', extension: 'md', type: 'text/markdown' },
  json: { label: 'JSON', extension: 'jsonl', type: 'application/x-ndjson' },
};

/**
 * Exports in the layouts of upstream's `socorro-cmd signature` ("old" is the
 * stock-lists signature, "new" the edited one), and the edits as a patch for socorro.
 */
export function ExportMenu({ rows, stock, edited }: Props) {
  const [status, setStatus] = useState('');
  const reportRows = () => rows.map((row) => ({ crashId: row.id, old: row.stock, signature: row.edited, notes: row.notes }));
  // The patch is only built on click: diffing on every render would run on every keystroke.
  const patch = () => formatSiglistPatch(stock, edited);
  const edits = SIGLIST_FILES.some((file) => stock[file] !== edited[file]);

  const copyPatch = async () => {
    const text = patch();
    if (!text) return setStatus('No siglist edits to copy.');
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Patch copied.');
    } catch {
      downloadText('siglists.patch', text, 'text/x-diff');
      setStatus('Clipboard unavailable: the patch was downloaded instead.');
    }
  };

  return (
    <div className="export row" role="group" aria-label="Export">
      {(Object.keys(FILES) as (keyof typeof FILES)[]).map((format) => (
        <button key={format} type="button" disabled={rows.length === 0} onClick={() => downloadText(`siglab-signatures.${FILES[format].extension}`, formatReport(format, reportRows()), FILES[format].type)}>
          Export {FILES[format].label}
        </button>
      ))}
      <button type="button" onClick={() => void copyPatch()}>
        Copy siglist patch
      </button>
      <button type="button" disabled={!edits} onClick={() => downloadText('siglists.patch', patch(), 'text/x-diff')}>
        Download patch
      </button>
      <span className="hint" role="status" aria-label="Export status">
        {status}
      </span>
    </div>
  );
}
