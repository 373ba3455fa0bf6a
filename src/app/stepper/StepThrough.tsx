import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { buildSteps, type SignatureStep } from '../../engine/index.ts';
import type { FrameTrace } from '../../engine/types.ts';
import type { CrashTraces } from '../../worker/engineApi.ts';
import { describeStep, stepFrameIndex } from './describeStep.ts';
import { GivenFramesView, NormalizeView, SentinelSearchView, WalkEndView, WalkView } from './FrameStepViews.tsx';
import { lineInEditor, useLearnContext } from './LearnContext.tsx';
import { RuleStepView } from './RuleStepView.tsx';
import { moveStep, nearestShown, shownSteps, type StepMove, type StepperState } from './stepperState.ts';
import './stepper.css';

interface Props {
  readonly traces: CrashTraces;
  readonly state: StepperState;
  onState(state: StepperState): void;
  onClose(): void;
  /** Opens "Why not?" on a frame of the trace being stepped. */
  onWhyNot(lists: StepperState['lists'], frame: FrameTrace | null): void;
}

const MOVES: readonly { move: StepMove; label: string; icon: string; key: string }[] = [
  { move: 'first', label: 'First step', icon: '«', key: 'Home' },
  { move: 'previous', label: 'Previous step', icon: '‹', key: '←' },
  { move: 'next', label: 'Next step', icon: '›', key: '→' },
  { move: 'last', label: 'Last step', icon: '»', key: 'End' },
];
const KEY_MOVES: Readonly<Record<string, StepMove>> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };

function StepView({ step, lists, onWhyNot }: { step: SignatureStep; lists: StepperState['lists']; onWhyNot(frame: FrameTrace): void }) {
  switch (step.kind) {
    case 'normalize':
      return <NormalizeView step={step} lists={lists} />;
    case 'given-frames':
      return <GivenFramesView step={step} />;
    case 'sentinel-search':
      return <SentinelSearchView step={step} lists={lists} />;
    case 'walk':
      return <WalkView step={step} lists={lists} onWhyNot={onWhyNot} />;
    case 'walk-end':
      return <WalkEndView step={step} />;
    case 'rule':
      return <RuleStepView step={step} />;
  }
}

/** Which part of the pipeline a step belongs to, as a heading. */
function stepSection(step: SignatureStep, rule: string, rules: number): string {
  const thread = step.kind !== 'rule' && step.thread !== undefined ? ` of thread ${step.thread}` : '';
  if (step.kind === 'normalize' || step.kind === 'given-frames') return `${rule} · normalising the frames${thread}`;
  if (step.kind === 'rule') return `Rule ${step.ruleIndex + 1} of ${rules} · ${rule}`;
  return `${rule} · the frame walk${thread}`;
}

/**
 * The making of one crash's signature, step by step, read from the engine's
 * trace: each frame's normalisation, each frame of the walk, then each rule,
 * with the signature so far. Like Compiler Explorer's pipeline view: passes
 * that changed nothing can be hidden.
 */
export function StepThrough({ traces, state, onState, onClose, onWhyNot }: Props) {
  const context = useLearnContext();
  const result = traces[state.lists];
  const steps = useMemo(() => buildSteps(result), [result]);
  const shown = useMemo(() => shownSteps(steps, state.hideUnchanged), [steps, state.hideUnchanged]);
  const index = Math.min(nearestShown(shown, state.index), steps.length - 1);
  const step = steps[index] as SignatureStep;
  const position = shown.indexOf(index);
  const ruleName = result.trace[step.ruleIndex]?.rule ?? '';
  const frames = result.trace[step.ruleIndex]?.frames ?? [];
  const currentFrame = stepFrameIndex(step);
  const listRef = useRef<HTMLOListElement>(null);

  const go = (next: number) => onState({ ...state, index: next });
  const move = (which: StepMove) => go(moveStep(shown, index, which));

  // The siglist line behind the step, in the editor (its tab comes forward).
  const line = step.line;
  const { showLine } = context;
  const inEditor = line !== undefined && lineInEditor(context, state.lists, line);
  useEffect(() => {
    // A step with no line of the editor's lists clears the highlight of the step before.
    showLine(line && inEditor && line.line > 0 ? line : null);
    // Only when the step changes: the editor must not jump back while someone edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, state.lists]);

  // The current step stays in sight in the list; only the list scrolls (scrollIntoView would move the page too).
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="step"]')?.parentElement;
    if (!list || !item) return;
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
  }, [index]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea') || event.altKey || event.ctrlKey || event.metaKey) return;
    const which = KEY_MOVES[event.key];
    if (!which) return;
    event.preventDefault();
    move(which);
  };

  return (
    <section className="stepper" aria-label="Step through" onKeyDown={onKeyDown}>
      <header className="stepper-head">
        <h3>Step through</h3>
        <div className="trace-toolbar" role="radiogroup" aria-label="Lists stepped through">
          {(['edited', 'stock'] as const).map((lists) => (
            <label key={lists} className={state.lists === lists ? 'seg active' : 'seg'}>
              <input type="radio" name="stepper-lists" checked={state.lists === lists} onChange={() => onState({ ...state, lists })} /> {lists === 'edited' ? 'Edited lists' : 'Stock lists'}
            </label>
          ))}
        </div>
        <button type="button" onClick={onClose} aria-label="Close step through">
          ✕
        </button>
      </header>
      <div className="stepper-controls">
        {MOVES.map(({ move: which, label, icon, key }) => (
          <button key={which} type="button" aria-label={label} title={`${label} (${key})`} onClick={() => move(which)}>
            {icon}
          </button>
        ))}
        <span className="step-position" aria-live="polite">
          Step {position + 1} of {shown.length}
        </span>
        <label className="hide-unchanged">
          <input type="checkbox" checked={state.hideUnchanged} onChange={(event) => onState({ ...state, hideUnchanged: event.target.checked })} /> Hide rules that changed nothing
        </label>
      </div>
      <div className="so-far">
        <span id="signature-so-far-label">Signature so far</span>
        <div className="so-far-value">
          <output aria-labelledby="signature-so-far-label" className="mono" data-step={index}>
            {step.signature}
          </output>
          {!step.signature && <span className="muted">(nothing yet)</span>}
        </div>
      </div>
      <article className="step-detail" aria-label="Current step">
        <p className="step-section muted">{stepSection(step, ruleName, result.trace.length)}</p>
        <h4>{describeStep(step)}</h4>
        <StepView step={step} lists={state.lists} onWhyNot={(frame) => onWhyNot(state.lists, frame)} />
      </article>
      <div className="stepper-lists">
        <nav aria-label="Steps">
          <ol ref={listRef} className="step-list">
            {shown.map((stepIndex, order) => {
              const item = steps[stepIndex] as SignatureStep;
              return (
                <li key={stepIndex}>
                  <button type="button" aria-current={stepIndex === index ? 'step' : undefined} className={`step-item kind-${item.kind}`} onClick={() => go(stepIndex)}>
                    <span className="step-number">{order + 1}</span> {describeStep(item)}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        {frames.length > 0 && (
          <section aria-label="Trace frames" className="stepper-frames">
            <h4>Frames{result.trace[step.ruleIndex]?.thread ? ` of thread ${result.trace[step.ruleIndex]?.thread}` : ''}</h4>
            <ol start={0} className="mono">
              {frames.map((frame) => (
                <li key={frame.index} aria-current={frame.index === currentFrame ? 'true' : undefined} className={`decision-${frame.decision}`}>
                  {frame.normalized || '(empty)'}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </section>
  );
}
