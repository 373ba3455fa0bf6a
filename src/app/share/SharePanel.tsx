import { useState } from 'react';
import { downloadText } from './downloadText.ts';
import { encodeExperimentLink, SHAREABLE_LINK_LENGTH, type Experiment } from './experiment.ts';

interface Props {
  experiment(): Experiment;
  /** Gets the file's text; reading it (and saying what is wrong with it) is the caller's job. */
  onOpenFile(text: string): void;
}

/** Share the experiment as a link (or, when too long for a link, as a file). */
export function SharePanel({ experiment, onOpenFile }: Props) {
  const [message, setMessage] = useState('');
  const [tooLong, setTooLong] = useState(false);

  const share = async () => {
    const fragment = encodeExperimentLink(experiment());
    const url = `${location.origin}${location.pathname}${fragment}`;
    history.replaceState(null, '', fragment);
    const long = url.length > SHAREABLE_LINK_LENGTH;
    setTooLong(long);
    try {
      await navigator.clipboard.writeText(url);
      setMessage(long ? `Link copied, but it is ${url.length.toLocaleString('en')} characters long: many tools cut such links. Share the experiment file instead.` : 'Link copied.');
    } catch {
      setMessage('The link is in the address bar (the clipboard is not available here).');
    }
  };

  const openFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (file.size > 20_000_000) return setMessage('That file is too large to be an experiment file.');
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setMessage(`That file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    setMessage('');
    onOpenFile(text);
  };

  return (
    <div className="share row" role="group" aria-label="Share">
      <button type="button" onClick={() => void share()}>
        Copy link
      </button>
      <button type="button" onClick={() => downloadText('siglab-experiment.json', JSON.stringify(experiment(), null, 2), 'application/json')}>
        Download experiment file
      </button>
      <label className="file-button">
        Open experiment file
        <input type="file" accept=".json,application/json" onChange={(event) => void openFile(event.target.files)} />
      </label>
      <span className={tooLong ? 'hint warning' : 'hint'} role="status" aria-label="Share status">
        {message}
      </span>
    </div>
  );
}
