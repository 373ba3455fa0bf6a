import type { WhyNotAnswer } from '../../engine/index.ts';
import '../stepper/stepper.css';

/** The text the line is compared with: what a match covers, or where a failed match stops. */
export function MarkedSubject({ answer }: { answer: WhyNotAnswer }) {
  const text = answer.subject;
  if (!text) return <code className="frame-code muted">(empty)</code>;
  if (answer.matches && answer.matchEnd !== undefined) {
    return (
      <code className="frame-code">
        <mark title="What the match covers">{text.slice(0, answer.matchEnd)}</mark>
        {text.slice(answer.matchEnd)}
      </code>
    );
  }
  if (answer.stop) {
    return (
      <code className="frame-code">
        <mark className="partial" title="The parts of the pattern that match">
          {text.slice(0, answer.stop.at)}
        </mark>
        <span className="stop-marker" role="img" aria-label="the match stops here" title={`The match stops here: ${answer.stop.part} cannot match`}>
          ‸
        </span>
        {text.slice(answer.stop.at)}
      </code>
    );
  }
  return <code className="frame-code">{text}</code>;
}
