import { useState, type FormEvent } from 'react';
import type { CrashStatsClient } from '../../crash-stats/createCrashStatsClient.ts';
import { buildSuperSearchFilters, MAX_RESULTS, validateSearch, type CrashSearch } from './buildSuperSearchQuery.ts';
import { SuperSearchRunStatus } from './SuperSearchProgressLine.tsx';
import { SuperSearchUrlForm } from './SuperSearchUrlForm.tsx';
import { useSuperSearchRun } from './useSuperSearchRun.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A Super Search form that fills the crash id list. */
export function FindCrashes({ client, onIds }: { client: CrashStatsClient; onIds(ids: readonly string[]): void }) {
  const [search, setSearch] = useState<CrashSearch>({ product: 'Firefox', version: '', channel: '', signatureContains: '', from: day(-7), to: day(1), count: 100 });
  const { status, setStatus, busy, progress, run } = useSuperSearchRun(client);
  const update = (patch: Partial<CrashSearch>) => setSearch((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateSearch(search);
    if (problem) return setStatus(problem);
    const result = await run(buildSuperSearchFilters(search), search.count);
    if (result.status !== 'ok') return setStatus(`Search failed: ${result.message}`);
    onIds(result.hits.map((hit) => String(hit.uuid)));
    setStatus(`Found ${result.hits.length} crash${result.hits.length === 1 ? '' : 'es'}`);
  };

  return (
    <details className="find-crashes">
      <summary>Find crashes</summary>
      <SuperSearchUrlForm client={client} onHits={(hits) => onIds(hits.map((hit) => String(hit.uuid)))} />
      <form onSubmit={(event) => void submit(event)} className="search-form">
        <label>
          Product
          <select value={search.product} onChange={(event) => update({ product: event.target.value })}>
            {['Firefox', 'Fenix', 'Focus', 'Thunderbird', 'FirefoxReality'].map((product) => (
              <option key={product}>{product}</option>
            ))}
          </select>
        </label>
        <label>
          Version
          <input value={search.version} placeholder="any" onChange={(event) => update({ version: event.target.value.trim() })} />
        </label>
        <label>
          Release channel
          <select value={search.channel} onChange={(event) => update({ channel: event.target.value })}>
            <option value="">any</option>
            {['release', 'beta', 'nightly', 'esr', 'aurora'].map((channel) => (
              <option key={channel}>{channel}</option>
            ))}
          </select>
        </label>
        <label>
          Signature contains
          <input value={search.signatureContains} onChange={(event) => update({ signatureContains: event.target.value })} />
        </label>
        <label>
          From
          <input type="date" value={search.from} onChange={(event) => update({ from: event.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={search.to} onChange={(event) => update({ to: event.target.value })} />
        </label>
        <label>
          How many
          <input type="number" min={1} max={MAX_RESULTS} value={search.count} onChange={(event) => update({ count: Number(event.target.value) })} />
        </label>
        <button type="submit" disabled={busy}>
          Search
        </button>
        <SuperSearchRunStatus busy={busy} progress={progress} status={status} />
      </form>
    </details>
  );
}
