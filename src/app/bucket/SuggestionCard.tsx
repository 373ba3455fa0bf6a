import type { SuggestionView } from '../../worker/engineApi.ts';

const plural = (count: number, word: string, many = `${word}s`) => `${count.toLocaleString('en')} ${count === 1 ? word : many}`;

interface Props {
  readonly suggestion: SuggestionView;
  readonly signature: string;
  onApply(suggestion: SuggestionView): void;
}

/** One suggested line with its exact preview: what the bucket's crashes sign as, what merges, and every other crash it changes. */
export function SuggestionCard({ suggestion, signature, onApply }: Props) {
  const { kind, file, line, why, buckets, merges, others, othersChanged } = suggestion;
  const main = merges.find((merge) => merge.signature === buckets[0]?.signature);
  return (
    <li className={`suggestion kind-${kind}`} aria-label={`${kind}: ${line}`}>
      <div className="suggestion-head">
        <span className={`kind kind-${kind}`}>{kind}</span>
        <span className="mono muted">{file}</span>
        <button type="button" className="apply" onClick={() => onApply(suggestion)}>
          Add to {file}
        </button>
      </div>
      <code className="suggestion-line">{line}</code>
      <p className="muted why">{why}</p>
      {kind === 'split' ? (
        <p className="preview-title">
          Splits into {plural(buckets.length, 'signature')}:
        </p>
      ) : (
        <p className="preview-title">
          {main ? `${plural(main.from.length, 'signature')} merge into one of ${plural(main.total, 'crash', 'crashes')}:` : 'Merges:'}
        </p>
      )}
      {kind === 'split' ? (
        <ul className="preview-buckets">
          {buckets.map((bucket) => (
            <li key={bucket.signature}>
              <span className="preview-count">{bucket.count.toLocaleString('en')}</span>
              <span className={bucket.signature === signature ? 'mono muted' : 'mono'}>{bucket.signature}</span>
            </li>
          ))}
        </ul>
      ) : (
        main && (
          <>
            <ul className="preview-buckets">
              {main.from.map((entry) => (
                <li key={entry.signature}>
                  <span className="preview-count">{entry.count.toLocaleString('en')}</span>
                  <span className="mono">{entry.signature}</span>
                </li>
              ))}
            </ul>
            <p className="preview-into">
              → <span className="mono">{main.signature}</span>
            </p>
          </>
        )
      )}
      {othersChanged === 0 ? (
        <p className="muted others-none">No other loaded crash changes.</p>
      ) : (
        <details className="others">
          <summary>
            Also changes {plural(othersChanged, 'other loaded crash', 'other loaded crashes')}
          </summary>
          <ul>
            {others.map((other) => (
              <li key={`${other.before}\u0000${other.after}`}>
                <span className="preview-count">{other.count.toLocaleString('en')}</span>
                <span className="mono">
                  {other.before} <span aria-hidden="true">→</span>
                  <span className="visually-hidden">becomes</span> {other.after}
                </span>
                <span className="muted other-ids mono">
                  {other.ids.slice(0, 5).join(', ')}
                  {other.count > 5 ? ', …' : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
