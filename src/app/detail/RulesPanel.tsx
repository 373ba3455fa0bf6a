import './evidence.css';
import { useEffect, useRef } from 'react';
import { RULE_DESCRIPTIONS } from '../../engine/index.ts';
import { DialogHead } from '../shell/DialogHead.tsx';

export const ruleAnchor = (name: string) => `rule-${name}`;

/** How each rule works, in plain words, in pipeline order; opened at one rule when its name is clicked. */
export function RulesPanel({ focus, onClose, usage, crashCount, onShowCrashes }: {
  focus: string | null;
  onClose(): void;
  /** In how many loaded crashes each rule fired with the edited lists (null while counting). */
  usage: ReadonlyMap<string, number> | null;
  crashCount: number;
  /** Filters the crash table to the crashes a rule fired in. */
  onShowCrashes(rule: string): void;
}) {
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
      <DialogHead title="Rules" closeLabel="Close rules" onClose={() => dialog.current?.close()} />
      <p className="muted">
        Every crash goes through these rules in this order; each sees the signature the previous ones left.
        {crashCount > 0 && ' A rule fired in a crash when its condition held, whether or not the signature changed (edited lists).'}
      </p>
      <ol>
        {RULE_DESCRIPTIONS.map((rule) => (
          <li key={rule.name} id={ruleAnchor(rule.name)} tabIndex={-1} className={rule.name === focus ? 'focused' : undefined}>
            <strong>{rule.name}</strong>
            {crashCount > 0 && <RuleCount rule={rule.name} usage={usage} onShowCrashes={onShowCrashes} />}
            <p>{rule.summary}</p>
          </li>
        ))}
      </ol>
    </dialog>
  );
}

function RuleCount({ rule, usage, onShowCrashes }: { rule: string; usage: ReadonlyMap<string, number> | null; onShowCrashes(rule: string): void }) {
  if (!usage) return <span className="rule-usage muted"> counting…</span>;
  const crashes = usage.get(rule) ?? 0;
  const label = `fired in ${crashes.toLocaleString('en')} crash${crashes === 1 ? '' : 'es'}`;
  if (crashes === 0) return <span className="rule-usage muted"> {label}</span>;
  return (
    <>
      {' '}
      <button type="button" className="link rule-usage" onClick={() => onShowCrashes(rule)} title={`Show the crashes ${rule} fired in`}>
        {label}
      </button>
    </>
  );
}
