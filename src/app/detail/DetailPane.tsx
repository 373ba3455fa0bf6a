import { lazy, Suspense, type ReactNode } from 'react';
import { useSessionState } from '../layout/useSessionState.ts';
import type { SiglistMatch } from '../../engine/types.ts';
import type { CrashTraces, ResultRow } from '../../worker/engineApi.ts';
import { SignatureCell } from '../results/SignatureCell.tsx';
import { TraceView, type FrameAction } from './TraceView.tsx';
import { CRASH_REPORT_URL } from '../../report/inertMarkdown.ts';
import { isCrashId } from '../../engine/index.ts';
import { START_STEPPING, type StepperState } from '../stepper/stepperTypes.ts';
import type { WhyNotTarget } from '../whynot/WhyNotDialog.tsx';

// The step-through (and the engine's explanations it uses) loads when first opened.
const StepThrough = lazy(() => import('../stepper/StepThrough.tsx').then((module) => ({ default: module.StepThrough })));
import { VisibleText } from '../shell/VisibleText.tsx';

interface Props {
  readonly row: ResultRow | null;
  readonly traces: CrashTraces | null;
  onJump(match: SiglistMatch): void;
  onRule(name: string): void;
  onFrameAction(action: FrameAction, frame: string): void;
  onClose(): void;
  /** Opens the bucket view of a signature (with the edited lists). */
  onOpenBucket?(signature: string): void;
  /** Shown under the signatures (e.g. "expect this"). */
  extra?: ReactNode;
  /** The step-through, when open (null: the traces are shown). */
  readonly stepper: StepperState | null;
  onStepper(state: StepperState | null): void;
  onWhyNot(target: WhyNotTarget): void;
}

type TraceLayout = 'side-by-side' | 'stock' | 'edited';
const isTraceLayout = (value: unknown): value is TraceLayout => value === 'side-by-side' || value === 'stock' || value === 'edited';

/** The selected crash: its three signatures with the differences marked, and why each came about. */
export function DetailPane({ row, traces, onJump, onRule, onFrameAction, onClose, onOpenBucket, extra, stepper, onStepper, onWhyNot }: Props) {
  const [layout, setLayout] = useSessionState<TraceLayout>('siglab.view.traces', 'side-by-side', isTraceLayout);
  if (!row) {
    return (
      <section className="detail empty-detail" aria-label="Crash detail">
        <h2>Crash detail</h2>
        <p className="muted">Select a crash (or a row of the Changes view, then a crash) to see its signatures and how each was made: every rule, every frame, and the siglist line behind each decision.</p>
      </section>
    );
  }
  const changed = row.stock !== row.edited;
  const drift = row.production !== null && row.production !== row.stock;
  const panes: ('stock' | 'edited')[] = layout === 'side-by-side' ? ['stock', 'edited'] : [layout];
  return (
    <section className="detail" aria-label="Crash detail">
      <header className="detail-head">
        <h2 className="mono">
          {isCrashId(row.id) && row.origin !== 'example' ? (
            <a href={`${CRASH_REPORT_URL}${row.id}`} target="_blank" rel="noreferrer noopener">
              {row.id}
            </a>
          ) : (
            <VisibleText text={row.id} />
          )}
        </h2>
        <span className="pill">{row.origin === 'crash-stats' ? 'Crash Stats' : row.origin}</span>
        <button type="button" onClick={onClose} aria-label="Close crash detail">
          ✕
        </button>
      </header>
      {row.needsFullCrash && (
        <p className="banner warning" role="note">
          Fast mode cannot sign this crash exactly from its Super Search columns: {row.needsFullCrash}. Fetch the full crash from the fast-mode panel.
        </p>
      )}
      <dl className="signatures-stack">
        <dt>Production {drift && <span className="flag drift" title="The stored signature differs from what the stock lists give today">drift</span>}</dt>
        <dd className="mono">{row.production === null ? <span className="muted">— (not stored with this crash)</span> : <SignatureCell signature={row.production} other={drift ? row.stock : null} />}</dd>
        <dt>Stock lists</dt>
        <dd className="mono">
          <SignatureCell signature={row.stock} other={changed ? row.edited : null} />
        </dd>
        <dt>Edited lists {changed ? <span className="flag changed">changed</span> : <span className="muted">(same)</span>}</dt>
        <dd className="mono">
          {onOpenBucket && row.edited !== '' ? (
            <button type="button" className="signature-button" title="Open the bucket view: how this signature's crashes were walked, and suggested edits" onClick={() => onOpenBucket(row.edited)}>
              <SignatureCell signature={row.edited} other={changed ? row.stock : null} />
            </button>
          ) : (
            <SignatureCell signature={row.edited} other={changed ? row.stock : null} />
          )}
        </dd>
      </dl>
      {extra}
      <div className="learn-toolbar">
        <button type="button" aria-pressed={stepper !== null} onClick={() => onStepper(stepper ? null : START_STEPPING)}>
          Step through
        </button>
        <button type="button" onClick={() => onWhyNot({ lists: stepper?.lists ?? 'edited', frame: null })} disabled={!traces}>
          Why not?
        </button>
      </div>
      {stepper && traces ? (
        <Suspense fallback={<p className="muted">Loading the step-through…</p>}>
          <StepThrough traces={traces} state={stepper} onState={onStepper} onClose={() => onStepper(null)} onWhyNot={(lists, frame) => onWhyNot({ lists, frame })} />
        </Suspense>
      ) : (
        <>
          <div className="trace-toolbar" role="radiogroup" aria-label="Traces shown">
            {(
              [
                ['side-by-side', 'Stock and edited'],
                ['stock', 'Stock only'],
                ['edited', 'Edited only'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className={layout === value ? 'seg active' : 'seg'}>
                <input type="radio" name="trace-layout" checked={layout === value} onChange={() => setLayout(value)} /> {label}
              </label>
            ))}
          </div>
          {!traces ? (
            <p className="muted">Tracing…</p>
          ) : (
            <div className={`traces traces-${panes.length}`}>
              {panes.map((which) => (
                <TraceView key={which} title={which === 'stock' ? 'Stock lists' : 'Edited lists'} result={traces[which]} other={traces[which === 'stock' ? 'edited' : 'stock']} onJump={onJump} onRule={onRule} onFrameAction={onFrameAction} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
