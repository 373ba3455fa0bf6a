import { useState } from 'react';
import type { ResultSummary } from './summarizeResults.ts';

/** "N crashes · M changed · K signatures → L signatures", and the merges and splits behind it. */
export function SummaryBar({ summary }: { summary: ResultSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="summary">
      <p role="status" aria-label="Summary">
        {summary.crashes} crashes · {summary.changed} changed · {summary.stockSignatures} signatures → {summary.editedSignatures} signatures
      </p>
      {summary.changes.length > 0 && (
        <details open={open} onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
          <summary>
            Buckets: {summary.changes.filter((c) => c.kind === 'merge').length} merged, {summary.changes.filter((c) => c.kind === 'split').length} split
          </summary>
          <ul className="buckets">
            {summary.changes.map((change) => (
              <li key={`${change.kind}:${change.signature}`}>
                <strong>{change.kind === 'merge' ? 'Merged into' : 'Split from'}</strong> <code>{change.signature}</code>
                <ul>
                  {change.parts.map((part) => (
                    <li key={part.signature}>
                      {part.count} × <code>{part.signature}</code>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
