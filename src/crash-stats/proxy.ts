/**
 * Browsers may not send the Auth-Token header to Crash Stats (its CORS rules
 * allow default headers only), so with a token the app calls this path on
 * its own dev/preview server, which forwards the request.
 */
export const PROXY_PATH = '/crash-stats-proxy';

/** Header naming the API the proxy should forward to. */
export const PROXY_TARGET_HEADER = 'X-Siglab-Api-Url';

/** APIs the proxy forwards to: the real one, and local fakes. */
export function isAllowedProxyTarget(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && parsed.hostname === 'crash-stats.mozilla.org') return true;
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}
