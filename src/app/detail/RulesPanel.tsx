import { RULE_DESCRIPTIONS } from '../../engine/index.ts';

/** How each rule works, in plain words, in pipeline order. */
export function RulesPanel() {
  return (
    <section className="rules-panel" aria-label="Rules">
      <h2>Rules</h2>
      <p className="muted">Every crash goes through these rules in this order; each sees the signature the previous ones left.</p>
      <ol>
        {RULE_DESCRIPTIONS.map((rule) => (
          <li key={rule.name}>
            <strong>{rule.name}</strong>
            <p>{rule.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
