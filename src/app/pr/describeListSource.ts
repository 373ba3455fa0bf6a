import type { ListSource } from '../share/experiment.ts';

const at = ({ repo, sha }: { repo: string; sha: string }) => `${repo}@${sha.slice(0, 12)}`;

/** Where lists came from, for people: "PR #7301 (base mozilla-services/socorro@1a2b…)", "lists at …". */
export function describeListSource(source: ListSource): string {
  if (source.pr !== undefined) return `PR #${source.pr} (base ${at(source.stock)}${source.edited ? `, head ${at(source.edited)}` : ''})`;
  return `the lists at ${at(source.stock)}`;
}
