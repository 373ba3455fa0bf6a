import { useState } from 'react';
import { pyJsonDumps } from '../../engine/index.ts';
import { downloadText } from './downloadText.ts';
import { encodeExperimentLink, SHAREABLE_LINK_LENGTH, type Experiment } from './experiment.ts';

interface Props {
  experiment(): Experiment;
  /** The experiment with the crash data of crashes that have no Crash Stats id. */
  experimentWithData(): Promise<Experiment>;
  /** Loaded crashes that cannot travel in a link (from files, without a crash id). */
  readonly untravelled: number;
  /** The file's text: reading it (and saying what is wrong with it) is the experiment module's job. */
  onOpenFile(text: string): void;
}

/** Share the experiment as a link (or, when too long for a link, as a file). */
export function SharePanel({ experiment, experimentWithData, untravelled, onOpenFile }: Props) {
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);

  const share = async () => {
    const url = `${location.origin}${location.pathname}${encodeExperimentLink(experiment())}`;
    const long = url.length > SHAREABLE_LINK_LENGTH;
    const notes = [
      long ? `It is ${url.length.toLocaleString('en')} characters long: many tools cut such links; share the experiment file instead.` : '',
      untravelled > 0 ? `${untravelled.toLocaleString('en')} crashes from files have no Crash Stats id and cannot travel in a link: use "Download experiment file (with crash data)".` : '',
    ].filter(Boolean);
    // The link is never put in the address bar: a reload would re-apply it over later edits.
    try {
      await navigator.clipboard.writeText(url);
      setLink(null);
      setMessage(['Link copied.', ...notes].join(' '));
    } catch {
      setLink(url);
      setMessage(['The clipboard is not available here: copy the link from the box.', ...notes].join(' '));
    }
  };

  const openFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (file.size > 200_000_000) return setMessage('That file is too large to be an experiment file.');
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setMessage(`That file could not be read (${(error as Error).message}).`);
    }
    onOpenFile(text);
  };

  return (
    <details className="share-menu">
      <summary>Share</summary>
      <div className="menu" role="group" aria-label="Share">
        <button type="button" onClick={() => void share()}>
          Copy link
        </button>
        <button type="button" onClick={() => downloadText('siglab-experiment.json', JSON.stringify(experiment(), null, 2), 'application/json')}>
          Download experiment file
        </button>
        <button type="button" onClick={() => void experimentWithData().then((value) => downloadText('siglab-experiment-with-crashes.json', pyJsonDumps(value), 'application/json'))}>
          Download experiment file (with crash data)
        </button>
        <label className="file-button">
          Open experiment file
          <input type="file" accept=".json,application/json" onChange={(event) => void openFile(event.target.files)} />
        </label>
        {link && <input className="link-box" readOnly value={link} aria-label="Experiment link" onFocus={(event) => event.target.select()} />}
        <p className="hint" role="status" aria-label="Share status">
          {message}
        </p>
      </div>
    </details>
  );
}
