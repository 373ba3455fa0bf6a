import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { QualityReport } from '../../engine/index.ts';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import { EDITED, STOCK } from '../../worker/siglistSets.ts';
import './quality.css';
import { DialogHead } from '../shell/DialogHead.tsx';

// The plotting library loads with the panel, not with the page.
const SizePlot = lazy(() => import('./SizePlot.tsx').then((module) => ({ default: module.SizePlot })));

interface Props {
  readonly client: EngineClient | null;
  /** The latest run: the panel follows it. */
  readonly run: unknown;
  onClose(): void;
}

const count = (value: number) => value.toLocaleString('en');
const share = (value: number) => `${(value * 100).toFixed(1)}%`;

const ROWS: readonly { label: string; title: string; value: (report: QualityReport) => string; better: 'more' | 'fewer' | null }[] = [
  { label: 'Signatures', title: 'Distinct signatures over the loaded crashes', value: (r) => count(r.signatures), better: null },
  { label: 'Singleton signatures', title: 'Signatures with a single crash (too small a bucket, or a truly rare crash)', value: (r) => count(r.singletons), better: 'fewer' },
  { label: 'Biggest signature', title: 'Share of the crashes in the biggest signature (too big a bucket lumps problems together)', value: (r) => (r.biggest ? `${share(r.biggest.share)} (${count(r.biggest.count)})` : '—'), better: 'fewer' },
  { label: 'Truncated at 255 characters', title: 'Signatures SigTruncate cut to 255 characters', value: (r) => count(r.truncated), better: 'fewer' },
  { label: 'EMPTY: signatures', title: 'Signatures of crashes with no frame data', value: (r) => count(r.empty), better: 'fewer' },
  { label: 'No dominant path', title: "Signatures whose most common proto_signature holds less than 60% of their crashes (bugbot's line for one problem)", value: (r) => count(r.noDominantPath), better: 'fewer' },
];

/** Bucket quality of the loaded crashes, stock lists beside edited lists, with a plot of signature sizes. */
export function QualityPanel({ client, run, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reports, setReports] = useState<Record<string, QualityReport> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  useEffect(() => {
    if (!client || !run) return;
    let live = true;
    client.qualityOf([STOCK, EDITED]).then(
      (next) => live && next && setReports(next),
      (error: unknown) => live && setProblem((error as Error).message),
    );
    return () => {
      live = false;
    };
  }, [client, run]);
  const stock = reports?.[STOCK];
  const edited = reports?.[EDITED];

  return (
    <dialog ref={dialog} className="quality-panel" aria-label="Quality" onClose={onClose}>
      <DialogHead title="Quality" closeLabel="Close quality" onClose={() => dialog.current?.close()} />
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      {!stock || !edited ? (
        <p className="muted" role="status">
          Measuring the buckets…
        </p>
      ) : (
        <>
          <p className="muted">
            {count(edited.crashes)} loaded crashes{stock.crashes !== edited.crashes ? ` (${count(stock.crashes)} with the stock lists)` : ''}; crashes fast mode cannot sign are left out.
          </p>
          <table className="quality-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Stock lists</th>
                <th scope="col">Edited lists</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => {
                const before = row.value(stock);
                const after = row.value(edited);
                return (
                  <tr key={row.label} className={before === after ? undefined : 'changed'}>
                    <th scope="row" title={row.title}>
                      {row.label}
                    </th>
                    <td>{before}</td>
                    <td>{after}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Suspense fallback={<p className="muted" role="status">Loading the plot…</p>}>
            <SizePlot stock={stock.sizes} edited={edited.sizes} />
          </Suspense>
        </>
      )}
    </dialog>
  );
}
