import './evidence.css';
import { useState } from 'react';
import type { FrameTrace, RuleTrace, SiglistMatch, SignatureResult, WalkSummary } from '../../engine/types.ts';
import { explainFrame, explainRule, ruleEvidence, summarizeWalk } from './explainWalk.ts';
import { VisibleText, visibleAttribute } from '../shell/VisibleText.tsx';
import { SignatureCell } from '../results/SignatureCell.tsx';

export type FrameAction = 'irrelevant' | 'prefix' | 'sentinel';

export const FRAME_ACTIONS: readonly { action: FrameAction; label: string }[] = [
  { action: 'irrelevant', label: 'Make irrelevant' },
  { action: 'prefix', label: 'Make prefix' },
  { action: 'sentinel', label: 'Add as sentinel' },
];

interface Props {
  readonly title: string;
  readonly result: SignatureResult;
  /** The other run's trace, to mark frames whose decision differs. */
  readonly other: SignatureResult;
  onJump(match: SiglistMatch): void;
  onRule(name: string): void;
  onFrameAction(action: FrameAction, frame: string): void;
}

function rawText(frame: FrameTrace): string {
  const { raw } = frame;
  for (const value of [raw.function, raw.file && raw.line ? `${String(raw.file)}:${String(raw.line)}` : null, raw.module, raw.offset]) {
    if (typeof value === 'string' && value) return value;
  }
  return '';
}

function MatchLink({ match, onJump }: { match: SiglistMatch; onJump(match: SiglistMatch): void }) {
  if (match.line === 0) return <span title="An empty list matches every frame">{match.file} is empty</span>;
  return (
    <button type="button" className="link mono" onClick={() => onJump(match)} title={`Go to ${match.file} line ${match.line}: ${match.pattern}`}>
      {match.file.replace(/\.txt$/, '')}:{match.line}
    </button>
  );
}

function FrameRow({ frame, walk, summary, differs, onJump, onFrameAction }: { frame: FrameTrace; walk: readonly FrameTrace[]; summary?: WalkSummary; differs: boolean; onJump: Props['onJump']; onFrameAction: Props['onFrameAction'] }) {
  const raw = rawText(frame);
  return (
    <li className={`frame decision-${frame.decision}${differs ? ' differs' : ''}`} data-frame-index={frame.index}>
      <div className="frame-line">
        <span className="frame-index muted">
          {frame.frameIndex}
          {frame.inline ? 'i' : ''}
        </span>
        <span className="mono frame-text">{frame.normalized ? <VisibleText text={frame.normalized} /> : <span className="muted">(empty)</span>}</span>
        {frame.normalized && (
          <details className="frame-actions">
            <summary aria-label={`Actions for frame ${frame.index}`} title="Change the siglists for this frame">
              ⋯
            </summary>
            <div className="menu" role="group" aria-label="Frame actions">
              {FRAME_ACTIONS.map(({ action, label }) => (
                <button
                  key={action}
                  type="button"
                  onClick={(event) => {
                    (event.currentTarget.closest('details') as HTMLDetailsElement).open = false;
                    onFrameAction(action, frame.normalized);
                  }}
                >
                  {label}
                </button>
              ))}
            </div>
          </details>
        )}
      </div>
      <div className="frame-why">
        {explainFrame(frame, walk, summary)}
        {frame.sentinelMatch && (
          <>
            {' '}
            Sentinel: <MatchLink match={frame.sentinelMatch} onJump={onJump} />.
          </>
        )}
        {frame.match && frame.match !== frame.sentinelMatch && (
          <>
            {' '}
            Line: <MatchLink match={frame.match} onJump={onJump} />.
          </>
        )}
        {frame.lineNumberMatch && (
          <>
            {' '}
            Line number kept by <MatchLink match={frame.lineNumberMatch} onJump={onJump} />.
          </>
        )}
      </div>
      {raw && raw !== frame.normalized && (
        <div className="frame-raw mono muted" title={visibleAttribute(raw)}>
          <VisibleText text={raw} />
        </div>
      )}
    </li>
  );
}

/** Runs of this many frames the walk never looked at, or more, fold into one line. */
const FOLD_AT = 3;

type FramePart = { readonly frame: FrameTrace } | { readonly folded: readonly FrameTrace[] };

/** The frames, with each long run of frames the walk never looked at folded into one part. */
function foldUnreached(frames: readonly FrameTrace[]): FramePart[] {
  const parts: FramePart[] = [];
  let run: FrameTrace[] = [];
  const flush = () => {
    if (run.length >= FOLD_AT) parts.push({ folded: run });
    else for (const frame of run) parts.push({ frame });
    run = [];
  };
  for (const frame of frames) {
    if (frame.decision === 'not-reached') {
      run.push(frame);
      continue;
    }
    flush();
    parts.push({ frame });
  }
  flush();
  return parts;
}

/** A run of frames the walk never looked at: one line, opened on request. */
function UnreachedRun({ run, walk, summary, differs, onJump, onFrameAction }: { run: readonly FrameTrace[]; walk: readonly FrameTrace[]; summary?: WalkSummary; differs: boolean } & Pick<Props, 'onJump' | 'onFrameAction'>) {
  const [open, setOpen] = useState(false);
  const first = run[0] as FrameTrace;
  const last = run[run.length - 1] as FrameTrace;
  if (open) return run.map((frame) => <FrameRow key={frame.index} frame={frame} walk={walk} {...(summary ? { summary } : {})} differs={false} onJump={onJump} onFrameAction={onFrameAction} />);
  return (
    <li className={`frame decision-not-reached folded${differs ? ' differs' : ''}`}>
      <div className="frame-line">
        <span className="frame-index muted">
          {first.frameIndex}–{last.frameIndex}
        </span>
        <span className="frame-text">
          {run.length} frames not looked at{' '}
          <button type="button" className="link" onClick={() => setOpen(true)} aria-label={`Show the ${run.length} frames not looked at (${first.frameIndex} to ${last.frameIndex})`}>
            show
          </button>
        </span>
      </div>
      <div className="frame-why">{explainFrame(first, walk, summary)}</div>
    </li>
  );
}

function RuleItem({ rule, other, onJump, onRule, onFrameAction }: { rule: RuleTrace; other: RuleTrace | undefined } & Pick<Props, 'onJump' | 'onRule' | 'onFrameAction'>) {
  const walk = summarizeWalk(rule);
  const evidence = ruleEvidence(rule);
  const frames = rule.frames ?? [];
  const otherFrames = other?.frames ?? [];
  return (
    <li className={`rule ${rule.error ? 'failed' : 'fired'}`}>
      <div className="rule-head">
        <button type="button" className="link rule-name" onClick={() => onRule(rule.rule)} title="What this rule does">
          {rule.rule}
        </button>
        <span className="rule-why">{explainRule(rule)}</span>
      </div>
      {rule.signatureBefore !== rule.signatureAfter && (
        <div className="rule-change mono">
          <span className="before">{rule.signatureBefore ? <SignatureCell signature={rule.signatureBefore} other={null} /> : '""'}</span> →{' '}
          <span className="after">{rule.signatureAfter ? <SignatureCell signature={rule.signatureAfter} other={null} /> : '""'}</span>
        </div>
      )}
      {evidence.length > 0 && (
        <ul className="evidence mono" aria-label={`Why ${rule.rule} fired`}>
          {evidence.map((line, index) => (
            <li key={index}>
              <VisibleText text={line} />
            </li>
          ))}
        </ul>
      )}
      {rule.notes.length > 0 && (
        <ul className="notes">
          {rule.notes.map((note, index) => (
            <li key={index} className="mono">
              <VisibleText text={note} />
            </li>
          ))}
        </ul>
      )}
      {walk && (
        <p className={walk.fellBack ? 'walk-summary fallback' : 'walk-summary'}>
          <VisibleText text={walk.sentence} />
        </p>
      )}
      {frames.length > 0 && (
        <ol className="frames" aria-label="Frames">
          {foldUnreached(frames).map((part) => {
            const differs = (frame: FrameTrace) => otherFrames[frame.index]?.decision !== undefined && otherFrames[frame.index]?.decision !== frame.decision;
            const summary = rule.walk ? { summary: rule.walk } : {};
            if ('folded' in part) return <UnreachedRun key={`run-${part.folded[0]?.index}`} run={part.folded} walk={frames} {...summary} differs={part.folded.some(differs)} onJump={onJump} onFrameAction={onFrameAction} />;
            return <FrameRow key={part.frame.index} frame={part.frame} walk={frames} {...summary} differs={differs(part.frame)} onJump={onJump} onFrameAction={onFrameAction} />;
          })}
        </ol>
      )}
    </li>
  );
}

/** One run's trace: the rules that fired, in order, with the frame walk; then the ones that did not. */
export function TraceView({ title, result, other, onJump, onRule, onFrameAction }: Props) {
  const fired = result.trace.filter((rule) => rule.fired || rule.error);
  const skipped = result.trace.filter((rule) => !rule.fired && !rule.error);
  return (
    <section className="trace" aria-label={`Trace with ${title.toLowerCase()}`}>
      <h3>{title}</h3>
      <p className="final mono">{result.signature ? <SignatureCell signature={result.signature} other={null} /> : '""'}</p>
      <ol className="rules-trace">
        {fired.map((rule) => (
          <RuleItem key={rule.rule} rule={rule} other={other.trace.find((o) => o.rule === rule.rule)} onJump={onJump} onRule={onRule} onFrameAction={onFrameAction} />
        ))}
      </ol>
      {skipped.length > 0 && (
        <div className="skipped-rules">
          <p className="muted">Skipped (condition did not hold):</p>
          <ul aria-label="Skipped rules">
            {skipped.map((rule) => (
              <li key={rule.rule}>
                <button type="button" className="link" onClick={() => onRule(rule.rule)}>
                  {rule.rule}
                </button>{' '}
                <span className="mono muted">
                  <VisibleText text={explainRule(rule).replace(/^Skipped: /, '')} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
