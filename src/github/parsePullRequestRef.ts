/** A socorro pull request as people paste it: 1234, #1234, or its GitHub URL. Null when it is none of these. */
export function parsePullRequestRef(input: string, repo: string): number | null {
  const text = input.trim();
  const bare = /^#?(\d+)$/.exec(text);
  if (bare) return Number(bare[1]);
  const url = /^https?:\/\/github\.com\/([^/]+\/[^/]+)\/pull\/(\d+)(?:[/?#].*)?$/i.exec(text);
  if (url && (url[1] as string).toLowerCase() === repo.toLowerCase()) return Number(url[2]);
  return null;
}
