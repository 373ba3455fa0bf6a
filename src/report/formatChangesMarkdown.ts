import type { ChangeGroup, ChangeTotals } from './groupChanges.ts';
import { markdownCrashId, markdownTableCode } from './inertMarkdown.ts';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * The Changes view as a table for a GitHub pull-request comment: before,
 * after, what happened, how many crashes, and a few example crash links.
 */
export function formatChangesMarkdown(groups: readonly ChangeGroup[], totals: ChangeTotals, { examples = 3, filter = '' } = {}): string {
  const changed = groups.filter((group) => group.kind !== 'unchanged');
  const lines = [
    `**Signature changes from this siglist edit**: ${plural(totals.changedCrashes, 'crash', 'crashes')} of ${totals.crashes.toLocaleString('en')} change signature ` +
      `(${plural(totals.renamed, 'rename')}, ${plural(totals.merged, 'merge')}, ${plural(totals.split, 'split')}; ` +
      `${totals.stockSignatures.toLocaleString('en')} → ${totals.editedSignatures.toLocaleString('en')} signatures).`,
  ];
  if (filter) lines.push('', `Filtered: ${filter.replace(/[\r\n]+/g, ' ')} (${plural(groups.length, 'row')} shown).`);
  lines.push('');
  if (changed.length === 0) {
    lines.push('No signature changed.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('| Before (stock lists) | After (edited lists) | Change | Crashes | Examples |', '|---|---|---|--:|---|');
  for (const group of changed) {
    const kind = group.alsoSplit ? 'merged, split' : group.kind;
    const links = group.exampleIds.slice(0, examples).map((id, n) => markdownCrashId(id, `${n + 1}`)).join(' ');
    lines.push(`| ${markdownTableCode(group.stock)} | ${markdownTableCode(group.edited)} | ${kind} | ${group.count.toLocaleString('en')} | ${links.replaceAll('|', '\\|')} |`);
  }
  return `${lines.join('\n')}\n`;
}
