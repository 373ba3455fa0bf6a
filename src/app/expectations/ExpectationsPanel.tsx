import { useState } from 'react';
import { formatExpectations, parseExpectations } from '../../engine/index.ts';
import type { ExpectationsState } from './useExpectations.ts';
import './expectations.css';

interface Props {
  readonly expectations: ExpectationsState;
  onSelect(crashId: string): void;
  /** Puts the ids of expectations whose crash is not loaded into the crash id box, to fetch. */
  onFetchMissing(crashIds: readonly string[]): void;
}

const STATUS_TEXT = { pass: 'pass', fail: 'fail', missing: 'not loaded' } as const;

/** Unit tests for signatures: "crash X signs as S", checked on every run. */
export function ExpectationsPanel({ expectations, onSelect, onFetchMissing }: Props) {
  const { list, results, storageProblem } = expectations;
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [copied, setCopied] = useState(false);
  const counts = { pass: 0, fail: 0, missing: 0 };
  for (const result of results ?? []) counts[result.status]++;
  const missing = (results ?? []).filter((result) => result.status === 'missing').map((result) => result.expectation.crash_id);

  const addPasted = () => {
    const parsed = parseExpectations(text);
    setProblems(parsed.errors.slice(0, 20));
    if (parsed.expectations.length > 0) expectations.add(parsed.expectations);
    if (parsed.errors.length === 0) {
      setText('');
      setPasting(false);
    }
  };

  return (
    <section className="expectations" aria-label="Expectations">
      <header className="expectations-head">
        <h2>Expectations</h2>
        {list.length > 0 && (
          <span className={`expectations-summary${counts.fail > 0 ? ' failing' : ''}`} role="status" aria-label="Expectations summary">
            {results === null ? (
              'checking…'
            ) : (
              <>
                <span className="exp-pass">{counts.pass} pass</span> · <span className={counts.fail > 0 ? 'exp-fail' : undefined}>{counts.fail} fail</span>
                {counts.missing > 0 && <> · {counts.missing} not loaded</>}
              </>
            )}
          </span>
        )}
        <button type="button" aria-expanded={pasting} onClick={() => setPasting((open) => !open)}>
          Paste expectations
        </button>
        {list.length > 0 && (
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard.writeText(formatExpectations(list)).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? 'Copied' : 'Copy as JSON lines'}
          </button>
        )}
      </header>
      {list.length === 0 && !pasting && <p className="muted">Pin what a crash should sign as with “expect this” in the crash detail, or paste socorro's output; every run then says pass or fail.</p>}
      {pasting && (
        <div className="expectations-paste">
          <label htmlFor="expectations-text">
            JSON lines <code>{'{"crash_id": "…", "signature": "…"}'}</code>, or <code>socorro-cmd signature</code> output (Crash id / Original / New: the New signature is expected)
          </label>
          <textarea id="expectations-text" rows={5} className="mono" value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} />
          <div className="row">
            <button type="button" disabled={!text.trim()} onClick={addPasted}>
              Add expectations
            </button>
          </div>
          {problems.length > 0 && (
            <ul className="problems" aria-label="Expectation problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {storageProblem && (
        <p className="warning" role="alert">
          {storageProblem}
        </p>
      )}
      {list.length > 0 && (
        <ul className="expectation-list" aria-label="Expectation results">
          {list.map((expectation, index) => {
            const result = results?.[index];
            const status = result?.status;
            return (
              <li key={expectation.crash_id} className={`expectation status-${status ?? 'unknown'}`} data-crash-id={expectation.crash_id} data-status={status ?? 'unknown'}>
                <span className={`exp-status exp-${status ?? 'unknown'}`}>{status ? STATUS_TEXT[status] : '…'}</span>
                <button type="button" className="link mono exp-id" onClick={() => onSelect(expectation.crash_id)} title="Show this crash">
                  {expectation.crash_id}
                </button>
                <button type="button" className="exp-remove" aria-label={`Remove the expectation for ${expectation.crash_id}`} onClick={() => expectations.remove(expectation.crash_id)}>
                  ✕
                </button>
                <div className="exp-signature mono">
                  <span className="sig-label">expected</span> {expectation.signature}
                </div>
                {status === 'fail' && (
                  <div className="exp-signature mono">
                    <span className="sig-label">now</span> {result?.actual}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {missing.length > 0 && (
        <div className="row">
          <button type="button" onClick={() => onFetchMissing(missing)}>
            Add the {missing.length} missing crash id{missing.length === 1 ? '' : 's'} to fetch
          </button>
        </div>
      )}
    </section>
  );
}
