import { useEffect, useRef } from 'react';
import { RULE_DESCRIPTIONS } from '../../engine/index.ts';

export const ruleAnchor = (name: string) => `rule-${name}`;

/** How each rule works, in plain words, in pipeline order; opened at one rule when its name is clicked. */
export function RulesPanel({ focus, onClose }: { focus: string | null; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    if (focus) {
      const target = element.querySelector<HTMLElement>(`#${CSS.escape(ruleAnchor(focus))}`);
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    }
  }, [focus]);
  return (
    <dialog ref={dialog} className="rules-panel" aria-label="Rules" onClose={onClose}>
      <header className="dialog-head">
        <h2>Rules</h2>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close rules">
          ✕
        </button>
      </header>
      <p className="muted">Every crash goes through these rules in this order; each sees the signature the previous ones left.</p>
      <ol>
        {RULE_DESCRIPTIONS.map((rule) => (
          <li key={rule.name} id={ruleAnchor(rule.name)} tabIndex={-1} className={rule.name === focus ? 'focused' : undefined}>
            <strong>{rule.name}</strong>
            <p>{rule.summary}</p>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
