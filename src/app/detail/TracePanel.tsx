import { useState } from 'react';
import type { FrameTrace, RuleTrace, SiglistMatch, SignatureResult } from '../../engine/types.ts';
import type { CrashTraces } from '../../worker/engineApi.ts';

interface Props {
  readonly crashId: string;
  readonly traces: CrashTraces | null;
  onJump(match: SiglistMatch): void;
  onClose(): void;
}

function rawFunction(frame: FrameTrace): string {
  const { raw } = frame;
  for (const value of [raw.function, raw.file && raw.line ? `${String(raw.file)}:${String(raw.line)}` : null, raw.module, raw.offset]) {
    if (typeof value === 'string' && value) return value;
  }
  return '';
}

function MatchLink({ match, onJump }: { match: SiglistMatch; onJump(match: SiglistMatch): void }) {
  if (match.line === 0) return <span title="An empty list matches every frame">{match.file} (empty list)</span>;
  return (
    <button type="button" className="link" onClick={() => onJump(match)} title={match.pattern}>
      {match.file}:{match.line}
    </button>
  );
}

function FrameTable({ frames, onJump }: { frames: readonly FrameTrace[]; onJump(match: SiglistMatch): void }) {
  return (
    <table className="frames" aria-label="Frames">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Raw function</th>
          <th scope="col">Normalised</th>
          <th scope="col">Decision</th>
          <th scope="col">Siglist line</th>
        </tr>
      </thead>
      <tbody>
        {frames.map((frame) => (
          <tr key={frame.index} className={`decision-${frame.decision}`}>
            <td>
              {frame.frameIndex}
              {frame.inline ? ' (inline)' : ''}
            </td>
            <td className="mono raw" title={rawFunction(frame)}>
              {rawFunction(frame)}
            </td>
            <td className="mono">{frame.normalized || <span className="muted">(empty)</span>}</td>
            <td>{frame.decision}</td>
            <td>
              {frame.sentinelMatch && frame.sentinelMatch !== frame.match && (
                <>
                  <MatchLink match={frame.sentinelMatch} onJump={onJump} />
                  {frame.match && ' · '}
                </>
              )}
              {frame.match && <MatchLink match={frame.match} onJump={onJump} />}
              {frame.lineNumberMatch && (
                <>
                  {frame.match && ' · '}
                  <MatchLink match={frame.lineNumberMatch} onJump={onJump} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RuleRow({ rule, onJump }: { rule: RuleTrace; onJump(match: SiglistMatch): void }) {
  const changed = rule.signatureBefore !== rule.signatureAfter;
  return (
    <li className={rule.fired ? 'rule fired' : 'rule skipped'}>
      <div className="rule-head">
        <span className="rule-name">{rule.rule}</span>
        <span className={rule.fired ? 'pill fired' : 'pill'}>{rule.error ? 'failed' : rule.fired ? 'fired' : 'skipped'}</span>
        {rule.thread !== undefined && <span className="muted"> thread {rule.thread}</span>}
      </div>
      {changed && (
        <div className="rule-change mono">
          <span className="before">{rule.signatureBefore || '""'}</span> → <span className="after">{rule.signatureAfter}</span>
        </div>
      )}
      {rule.notes.length > 0 && (
        <ul className="notes">
          {rule.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
      {rule.frames && rule.frames.length > 0 && <FrameTable frames={rule.frames} onJump={onJump} />}
    </li>
  );
}

/** Every rule in order, and the frame walk, for the selected crash. */
export function TracePanel({ crashId, traces, onJump, onClose }: Props) {
  const [which, setWhich] = useState<'edited' | 'stock'>('edited');
  const result: SignatureResult | undefined = traces?.[which];
  return (
    <section className="trace" aria-label="Trace">
      <header className="trace-head">
        <h2>Trace · {crashId}</h2>
        <div role="radiogroup" aria-label="Which lists" className="segmented">
          {(['edited', 'stock'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="trace-lists" checked={which === option} onChange={() => setWhich(option)} /> {option === 'edited' ? 'Edited lists' : 'Stock lists'}
            </label>
          ))}
        </div>
        <button type="button" onClick={onClose} aria-label="Close trace">
          ✕
        </button>
      </header>
      {!result ? (
        <p className="muted">Tracing…</p>
      ) : (
        <>
          <p className="final mono">
            Signature: <strong>{result.signature || '""'}</strong>
          </p>
          <ol className="rules-trace">
            {result.trace.map((rule) => (
              <RuleRow key={rule.rule} rule={rule} onJump={onJump} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
