import { useEffect, useState } from 'react';
import type { EngineClient } from '../../worker/createEngineClient.ts';
import type { RuleUsage } from '../../worker/engineApi.ts';

/**
 * In how many loaded crashes each rule fired with the edited lists, while
 * `active` (the Rules dialog is open); counted again after every run. Null
 * while counting.
 */
export function useRuleUsage(client: EngineClient | null, active: boolean, run: unknown): ReadonlyMap<string, number> | null {
  const [usage, setUsage] = useState<ReadonlyMap<string, number> | null>(null);
  useEffect(() => {
    if (!client || !active) return;
    let live = true;
    setUsage(null);
    client.ruleUsage().then(
      (counted: RuleUsage[] | null) => live && counted && setUsage(new Map(counted.map((entry) => [entry.rule, entry.crashes]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, active, run]);
  return usage;
}
