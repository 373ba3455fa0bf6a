import { useEffect, useRef } from 'react';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import type { SuggestionView } from '../../worker/engineApi.ts';
import { BucketTree } from './BucketTree.tsx';
import { SuggestionCard } from './SuggestionCard.tsx';
import { useBucketSuggestions } from './useBucketSuggestions.ts';
import './bucket.css';
import { DialogHead } from '../shell/DialogHead.tsx';

interface Props {
  readonly client: EngineClient | null;
  /** The signature (with the edited lists) whose bucket is shown. */
  readonly signature: string;
  /** The latest run: the view follows it. */
  readonly run: unknown;
  onApply(suggestion: SuggestionView): void;
  onClose(): void;
}

const DECISION_WORDS: Readonly<Record<string, string>> = {
  irrelevant: 'irrelevant',
  empty: 'empty',
  'before-sentinel': 'above the sentinel',
  'dll-dedupe': 'repeated module',
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * How a bucket is built: its crashes' frames after the walk stopped, as a
 * tree; the frames the walk dropped just above the signature; and suggested
 * lines that would split or merge it, each with its exact preview. Nothing
 * changes until a suggestion is added.
 */
export function BucketView({ client, signature, run, onApply, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { bucket, suggestions, problem } = useBucketSuggestions(client, signature, run);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="bucket-view" aria-label="Bucket view" onClose={onClose}>
      <DialogHead title="Bucket view" closeLabel="Close the bucket view" onClose={() => dialog.current?.close()} />
      <p className="bucket-signature mono">{signature}</p>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      <div className="bucket-columns">
        <section className="bucket-walk" aria-label="How the bucket is built">
          {!bucket ? (
            <p className="muted" role="status">
              Walking the bucket's crashes…
            </p>
          ) : (
            <>
              <dl className="bucket-stats">
                <dt>Crashes</dt>
                <dd>{bucket.crashes.toLocaleString('en')}</dd>
                <dt>Top path</dt>
                <dd title="Share of the crashes with the most common proto_signature (bugbot calls a signature one problem above 60%)">
                  {percent(bucket.topPathShare)} <span className="muted">({bucket.topPathCount.toLocaleString('en')} crashes share the most common proto_signature)</span>
                </dd>
                <dt>Next frames</dt>
                <dd>{bucket.distinctNext.toLocaleString('en')} distinct frames right after the stop</dd>
                {bucket.walkless > 0 && (
                  <>
                    <dt>No walk</dt>
                    <dd>{bucket.walkless.toLocaleString('en')} crashes were not signed from frames (Java, unreadable stacks)</dd>
                  </>
                )}
              </dl>
              <h3>Frames after the walk stopped</h3>
              <BucketTree tree={bucket.tree} topPath={bucket.topPath} />
              <h3>Dropped just before the signature's first frame</h3>
              {bucket.dropped.length === 0 ? (
                <p className="muted">None: the signature starts at the top frame.</p>
              ) : (
                <ul className="dropped">
                  {bucket.dropped.map((frame) => (
                    <li key={`${frame.decision}\u0000${frame.frame}`}>
                      <span className="preview-count">{frame.count.toLocaleString('en')}</span>
                      <span className="mono">{frame.frame || '(empty)'}</span>
                      <span className="muted dropped-why">
                        {DECISION_WORDS[frame.decision] ?? frame.decision}
                        {frame.match ? ` (${frame.match.file}:${frame.match.line})` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
        <section className="bucket-suggestions" aria-label="Suggested edits">
          <h3>Suggested edits</h3>
          {!suggestions ? (
            <p className="muted" role="status">
              Finding suggestions: each is checked by signing the loaded crashes with its line added…
            </p>
          ) : suggestions.suggestions.length === 0 ? (
            <p className="muted">No single line splits this bucket or merges it with a signature one frame away.</p>
          ) : (
            <>
              <p className="muted">
                Best first; each preview comes from signing the crashes again with the line added ({Math.round(suggestions.elapsedMs)} ms). Nothing changes until you add one.
              </p>
              <ol className="suggestions">
                {suggestions.suggestions.map((suggestion) => (
                  <SuggestionCard key={`${suggestion.file}\u0000${suggestion.line}`} suggestion={suggestion} signature={signature} onApply={onApply} />
                ))}
              </ol>
            </>
          )}
        </section>
      </div>
    </dialog>
  );
}
