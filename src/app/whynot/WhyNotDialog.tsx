import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { explainWhyNot, frameSymbol, normalizeTypedFrame, type WhyNotQuestion } from '../../engine/index.ts';
import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';
import { SIGLIST_FILES, type FrameTrace, type SiglistFile } from '../../engine/types.ts';
import type { CrashTraces } from '../../worker/engineApi.ts';
import { lineInEditor, useLearnContext } from '../stepper/LearnContext.tsx';
import { MarkedSubject } from './MarkedSubject.tsx';
import { RegexParts } from './RegexParts.tsx';
import './whynot.css';
import { DialogHead } from '../shell/DialogHead.tsx';

export interface WhyNotTarget {
  readonly lists: 'stock' | 'edited';
  /** The frame to start with, when opened on one. */
  readonly frame: FrameTrace | null;
}

interface Props {
  readonly traces: CrashTraces | null;
  readonly target: WhyNotTarget;
  onClose(): void;
}

const TYPED = 'typed';

/** Every frame of the crash's walks, by `rule:frame`, with the walk it belongs to. */
function tracedFrames(traces: CrashTraces | null, lists: WhyNotTarget['lists']) {
  const result = traces?.[lists];
  return (result?.trace ?? []).flatMap((rule, ruleIndex) =>
    (rule.frames ?? []).map((frame) => ({ key: `${ruleIndex}:${frame.index}`, rule, frame, label: `${rule.thread ? `thread ${rule.thread}, ` : ''}frame ${frame.index}: ${frame.normalized || '(empty)'}` })),
  );
}

/**
 * "Why not?": any siglist line against any frame (from the trace, or typed):
 * the pattern part by part in Python `re` terms, whether it matches the
 * normalised frame with `re.match`, where a match stops, and the closest reason.
 */
export function WhyNotDialog({ traces, target, onClose }: Props) {
  const context = useLearnContext();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [lists, setLists] = useState(target.lists);
  const frames = useMemo(() => tracedFrames(traces, lists), [traces, lists]);
  const initialFrame = frames.find((entry) => entry.frame === target.frame) ?? frames.find((entry) => entry.frame.index === target.frame?.index) ?? frames[0];
  const [frameKey, setFrameKey] = useState(initialFrame?.key ?? TYPED);
  const [typed, setTyped] = useState('');
  const deciding = target.frame?.match ?? target.frame?.lineNumberMatch;
  const [file, setFile] = useState<SiglistFile>(deciding?.file ?? 'prefix_signature_re.txt');
  const texts = context[lists];
  const lines = useMemo(() => parseSiglistText(texts[file]), [texts, file]);
  const [lineNumber, setLineNumber] = useState<number>(deciding?.line ?? 0);
  const line = lines.find((entry) => entry.line === lineNumber) ?? lines[0];

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const picked = frames.find((entry) => entry.key === frameKey);
  const answer = useMemo(() => {
    if (!line) return null;
    const lineError = lists === 'edited' ? context.errors.find((error) => error.file === file && error.line === line.line)?.message : undefined;
    const base = { file, line: line.line, pattern: line.pattern, ...(lineError ? { lineError } : {}) };
    let question: WhyNotQuestion;
    if (picked) {
      const raw = picked.frame.raw.function;
      question = {
        ...base,
        frame: picked.frame.normalized,
        ...(typeof raw === 'string' && raw ? { raw } : {}),
        symbol: frameSymbol(picked.frame),
        traced: { frame: picked.frame, frames: picked.rule.frames ?? [], ...(picked.rule.walk ? { walk: picked.rule.walk } : {}) },
      };
    } else {
      const normalized = normalizeTypedFrame(typed, texts['signatures_with_line_numbers_re.txt']);
      question = { ...base, frame: normalized.normalized, raw: typed, symbol: typed ? normalized.symbol : null };
    }
    return explainWhyNot(question);
  }, [line, lists, context.errors, file, picked, typed, texts]);

  const explanation = answer?.explanation;
  return (
    <dialog ref={dialog} className="why-not" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <DialogHead title="Why not?" titleId={`${ids}-title`} closeLabel="Close why not" onClose={() => dialog.current?.close()} />
      <div className="why-not-form">
        <div className="trace-toolbar" role="radiogroup" aria-label="Lists">
          {(['edited', 'stock'] as const).map((value) => (
            <label key={value} className={lists === value ? 'seg active' : 'seg'}>
              <input type="radio" name="why-not-lists" checked={lists === value} onChange={() => setLists(value)} /> {value === 'edited' ? 'Edited lists' : 'Stock lists'}
            </label>
          ))}
        </div>
        <label htmlFor={`${ids}-file`}>Siglist file</label>
        <select id={`${ids}-file`} value={file} onChange={(event) => setFile(event.target.value as SiglistFile)}>
          {SIGLIST_FILES.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label htmlFor={`${ids}-line`}>Siglist line</label>
        <select id={`${ids}-line`} value={line?.line ?? ''} onChange={(event) => setLineNumber(Number(event.target.value))}>
          {lines.map((entry) => (
            <option key={entry.line} value={entry.line}>
              {entry.line}: {entry.pattern}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-frame`}>Frame</label>
        <select id={`${ids}-frame`} value={frameKey} onChange={(event) => setFrameKey(event.target.value)}>
          {frames.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.label}
            </option>
          ))}
          <option value={TYPED}>Type a function name…</option>
        </select>
        {!picked && (
          <>
            <label htmlFor={`${ids}-typed`}>Function name</label>
            <input id={`${ids}-typed`} className="mono" value={typed} onChange={(event) => setTyped(event.target.value)} placeholder="e.g. nsThread::ProcessNextEvent(bool, bool*)" spellCheck={false} />
          </>
        )}
      </div>
      {!line && <p>This file has no usable line.</p>}
      {answer && line && (
        <section aria-label="Answer" className="why-not-answer">
          <p className={`verdict ${answer.matches ? 'matches' : 'no-match'}`}>{answer.verdict}</p>
          <p>
            {answer.comparison === 'whole name' ? 'Compared, as a whole name, with' : 'Matched with re.match (from the start) against'}: <MarkedSubject answer={answer} />
          </p>
          {answer.reasons.length > 0 && (
            <>
              <h3>{answer.matches ? 'What happened' : 'Closest reason'}</h3>
              <ol className="why-not-reasons">
                {answer.reasons.map((reason, index) => (
                  <li key={index} data-code={reason.code}>
                    {reason.text}
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3>
            Line {line.line} of {file}, part by part
          </h3>
          <p className="mono pattern-line">{line.pattern}</p>
          {explanation?.ok ? <RegexParts parts={explanation.parts} /> : <p className="banner error">{explanation?.message}</p>}
          {file === 'signature_sentinels.txt' && <p className="muted">Sentinels are compared as whole names: the parts above only say what the line would mean as a pattern.</p>}
          {lineInEditor(context, lists, { file, line: line.line, pattern: line.pattern }) && (
            <button
              type="button"
              onClick={() => {
                context.showLine({ file, line: line.line, pattern: line.pattern });
                dialog.current?.close();
              }}
            >
              Show the line in the editor
            </button>
          )}
        </section>
      )}
    </dialog>
  );
}
