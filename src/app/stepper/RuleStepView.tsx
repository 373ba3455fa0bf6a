import { VisibleText } from '../shell/VisibleText.tsx';
import { RULE_DESCRIPTIONS, type RuleStep } from '../../engine/index.ts';
import type { RuleCheck } from '../../engine/types.ts';

function ChecksTable({ caption, checks }: { caption: string; checks: readonly RuleCheck[] }) {
  return (
    <table className="checks">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field read</th>
          <th scope="col">Value</th>
          <th scope="col">Test</th>
          <th scope="col">Held?</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((check, index) => (
          <tr key={index} className={check.held ? 'held' : 'not-held'}>
            <td className="mono">{check.field}</td>
            <td className="mono">
              <VisibleText text={check.value} />
            </td>
            <td>{check.test}</td>
            <td>{check.held ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One rule: what it does, the tests it made on the crash's fields, and the signature before → after. */
export function RuleStepView({ step }: { step: RuleStep }) {
  const { rule } = step;
  const summary = RULE_DESCRIPTIONS.find((description) => description.name === rule.rule)?.summary;
  const condition = rule.condition ?? [];
  const decisions = rule.decisions ?? [];
  return (
    <>
      {summary && <p className="muted">{summary}</p>}
      {condition.length === 0 ? (
        <p>This rule has no condition: it always runs.</p>
      ) : (
        <ChecksTable caption={rule.fired ? 'Its condition held:' : 'Its condition did not hold:'} checks={condition} />
      )}
      {decisions.length > 0 && <ChecksTable caption="Then, to choose what to do:" checks={decisions} />}
      {rule.error && <p className="banner error">The rule failed ({rule.error}); the run went on with the signature as it was.</p>}
      {rule.fired && !rule.error && (
        <p className="mono before-after">
          {step.changed ? (
            <>
              <del>{rule.signatureBefore ? <VisibleText text={rule.signatureBefore} /> : '""'}</del> → <ins>{rule.signatureAfter ? <VisibleText text={rule.signatureAfter} /> : '""'}</ins>
            </>
          ) : (
            <>The signature stays {rule.signatureAfter ? `"${rule.signatureAfter}"` : 'empty'}.</>
          )}
        </p>
      )}
      {rule.notes.length > 0 && (
        <ul className="notes" aria-label="Notes">
          {rule.notes.map((note, index) => (
            <li key={index} className="mono">
              <VisibleText text={note} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
