import { revealPanel } from '../shell/revealPanel.ts';

interface Props {
  /** An opened link's crashes are still coming. */
  readonly loading: boolean;
  readonly crashes: number;
  /** The edited lists differ from stock. */
  readonly edited: boolean;
  /** The lists are a socorro PR's. */
  readonly fromPullRequest: boolean;
}

/** The Changes view with nothing to show: why, and where to go next. */
export function NoChangesHint({ loading, crashes, edited, fromPullRequest }: Props) {
  if (loading) return <p>The link's crashes are still loading; the changes show as they are signed.</p>;
  if (crashes === 0) return <p>No crashes loaded yet.</p>;
  if (!edited) return <p>The edited lists are the stock lists: edit a siglist to see which signatures change.</p>;
  return (
    <p>
      {fromPullRequest ? 'The pull request' : 'The edit'} changes no signature of the {crashes.toLocaleString('en')} loaded crash{crashes === 1 ? '' : 'es'}.{' '}
      <button type="button" className="link" onClick={() => revealPanel('affected-crashes')}>
        Find crashes this edit affects
      </button>{' '}
      on Crash Stats: a Super Search per changed line.
    </p>
  );
}
