import { VisibleText } from '../shell/VisibleText.tsx';
import { describeWalkTest, NORMALIZATION_WORDS, type GivenFramesStep, type NormalizeStep, type SentinelSearchStep, type WalkEndStep, type WalkStep } from '../../engine/index.ts';
import type { FrameTrace } from '../../engine/types.ts';
import { SiglistLineLink } from './SiglistLineLink.tsx';

type Lists = 'stock' | 'edited';

const RAW_FIELDS = ['function', 'file', 'line', 'module', 'module_offset', 'offset'] as const;

function RawFields({ frame }: { frame: FrameTrace }) {
  const present = RAW_FIELDS.filter((field) => frame.raw[field] !== undefined && frame.raw[field] !== null && frame.raw[field] !== '');
  if (present.length === 0) return <p className="muted">The frame has none of the fields normalisation reads.</p>;
  return (
    <dl className="raw-fields">
      {present.map((field) => (
        <div key={field}>
          <dt>{field}</dt>
          <dd className="mono">{String(frame.raw[field])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function NormalizeView({ step, lists }: { step: NormalizeStep; lists: Lists }) {
  const { frame } = step;
  const changes = frame.normalization ?? [];
  return (
    <>
      <p>
        Frame {frame.index}
        {frame.inline ? ' (an inlined function: it shares its stack frame’s module and offset)' : ''}, as the crash has it:
      </p>
      <RawFields frame={frame} />
      {changes.length === 0 ? (
        <p>Nothing to change: the function name is already in its normal form.</p>
      ) : (
        <ol className="transform-steps" aria-label="Normalisation steps">
          {changes.map((change, index) => (
            <li key={index}>
              <p>
                {NORMALIZATION_WORDS[change.kind]} {change.match && <SiglistLineLink match={change.match} lists={lists} />}
              </p>
              {change.before !== change.after && (
                <p className="mono before-after">
                  <del>{change.before ? <VisibleText text={change.before} /> : '""'}</del> → <ins>{change.after ? <VisibleText text={change.after} /> : '""'}</ins>
                </p>
              )}
              {change.before === change.after && (
                <p className="mono before-after">
                  <VisibleText text={change.after} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <p>
        The walk sees: <code className="frame-code">{frame.normalized ? <VisibleText text={frame.normalized} /> : '(empty)'}</code>
      </p>
    </>
  );
}

export function GivenFramesView({ step }: { step: GivenFramesStep }) {
  return (
    <>
      <p>
        These {step.frames.length} frames came already normalised, from Super Search’s <code>proto_signature</code> (fast mode): the raw fields are not in Super
        Search, so their normalisation cannot be shown. The walk starts from them as they are.
      </p>
      <ol start={0} className="given-frames mono">
        {step.frames.map((frame) => (
          <li key={frame.index}>{frame.normalized ? <VisibleText text={frame.normalized} /> : '(empty)'}</li>
        ))}
      </ol>
    </>
  );
}

export function SentinelSearchView({ step, lists }: { step: SentinelSearchStep; lists: Lists }) {
  return (
    <>
      <p>
        First the walk looks, from the top, for a frame listed in <code>signature_sentinels.txt</code>. Sentinels are whole frame names, compared exactly.
      </p>
      {step.found?.sentinelMatch ? (
        <p>
          Frame {step.found.index} <code className="frame-code">{step.found.normalized}</code> is a sentinel (<SiglistLineLink match={step.found.sentinelMatch} lists={lists} />): the walk starts there
          {step.skipped.length > 0 ? `, and the ${step.skipped.length} frame${step.skipped.length === 1 ? '' : 's'} above it ${step.skipped.length === 1 ? 'is' : 'are'} skipped` : ''}.
        </p>
      ) : (
        <p>None of the {step.looked} frames is a sentinel: the walk starts at frame 0.</p>
      )}
      {step.skipped.length > 0 && (
        <ol start={0} className="given-frames mono muted" aria-label="Frames skipped for the sentinel">
          {step.skipped.map((frame) => (
            <li key={frame.index}>{frame.normalized ? <VisibleText text={frame.normalized} /> : '(empty)'}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The frame text with the part the deciding line matched marked. */
export function MatchedFrame({ text, span }: { text: string; span?: { start: number; end: number } }) {
  if (!text) return <code className="frame-code muted">(empty)</code>;
  if (!span) return <code className="frame-code">{text}</code>;
  return (
    <code className="frame-code">
      {text.slice(0, span.start)}
      <mark title="The part the line matched">{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end)}
    </code>
  );
}

export function WalkView({ step, lists, onWhyNot }: { step: WalkStep; lists: Lists; onWhyNot(frame: FrameTrace): void }) {
  const { frame } = step;
  const walked = (frame.tests ?? []).filter((test) => test.test !== 'sentinel');
  return (
    <>
      <p>
        Frame {frame.index}: <MatchedFrame text={frame.normalized} {...(step.span ? { span: step.span } : {})} />
      </p>
      <ol className="walk-tests" aria-label="Tests, in the walk's order">
        {walked.map((test, index) => {
          const match = 'match' in test ? test.match : null;
          const held = 'held' in test ? test.held : match !== null;
          return (
            <li key={index} className={held ? 'held' : 'not-held'}>
              {describeWalkTest(test)}
              {match && (
                <>
                  {' '}
                  <SiglistLineLink match={match} lists={lists} />
                </>
              )}
            </li>
          );
        })}
      </ol>
      <p className="step-outcome">{step.kept ? 'Kept: it joins the signature.' : 'Dropped: the signature does not change.'}</p>
      <button type="button" className="link" onClick={() => onWhyNot(frame)}>
        Why not? Test a siglist line on this frame
      </button>
    </>
  );
}

export function WalkEndView({ step }: { step: WalkEndStep }) {
  const { walk } = step;
  return (
    <>
      {step.empty && <p>The thread has no frames: the signature says there was no frame data.</p>}
      {step.fallback && (
        <p className="banner warning">
          Every frame was dropped, so the signature falls back to the frame the walk started at{step.fallback.sentinelMatch ? ' (the sentinel frame, though it is itself dropped)' : ''}: frame{' '}
          {step.fallback.index} <code className="frame-code">{step.fallback.normalized || '(empty)'}</code>.
        </p>
      )}
      {!step.empty && !step.fallback && (
        <p>
          {walk.stoppedAt === undefined
            ? 'Every frame was a prefix (or dropped): the walk ran out of frames.'
            : `The walk stopped at frame ${walk.stoppedAt}: it is not a prefix frame.`}
          {step.unread > 0 && ` The ${step.unread} frame${step.unread === 1 ? '' : 's'} after it ${step.unread === 1 ? 'was' : 'were'} not looked at.`}
        </p>
      )}
      {walk.frameLimit === 'reached' && <p>The stack is deeper than the 40 frames the walk reads: the frames after the 40th were never read.</p>}
      {walk.frameLimit === 'unknown' && <p>The frames came from proto_signature, which holds at most 40: the stack may have had more.</p>}
    </>
  );
}
