/** Redirects followed within the API's origin before giving up. */
const MAX_REDIRECTS = 5;

export type OriginBoundAnswer = { readonly response: Response; readonly refused?: undefined } | { readonly response?: undefined; readonly refused: string };

/**
 * `fetch` that follows redirects only within the origin it was given. Every
 * request carries the Auth-Token, and a plain `fetch` re-sends it to whatever
 * host a 3xx names; here a redirect elsewhere is refused, never followed.
 */
export async function fetchWithinOrigin(doFetch: typeof fetch, url: string, init: RequestInit): Promise<OriginBoundAnswer> {
  let current = new URL(url);
  for (let hops = 0; ; hops++) {
    const response = await doFetch(current.href, { ...init, redirect: 'manual' });
    // Browsers hide a manual redirect's target (an "opaque redirect"), so it cannot be checked: refuse it.
    if (response.type === 'opaqueredirect') return { refused: 'the API answered with a redirect, which Siglab does not follow' };
    if (response.status < 300 || response.status > 399 || response.status === 304) return { response };
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (!location) return { refused: `the API answered HTTP ${response.status} without a Location` };
    const next = new URL(location, current);
    if (next.origin !== current.origin) {
      return { refused: `the API redirected to another host (${next.host}); not followed, so the token is never sent there` };
    }
    if (hops >= MAX_REDIRECTS) return { refused: 'the API redirected too many times' };
    current = next;
  }
}
