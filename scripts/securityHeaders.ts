/**
 * The headers the built app is served with: by `vite preview` (vite.config.ts)
 * and, through `dist/_headers` (Netlify / Cloudflare Pages format, written by
 * `npm run build`), by a static host; README "Serving the built app" gives
 * them for any other server.
 */

/**
 * The built app runs only its own code. Crash Stats, GitHub's API and raw
 * files (socorro PR review) and loopback fakes and proxies are the only places
 * it talks to; Monaco needs inline styles. In the page as a <meta> too, which
 * cannot carry `frame-ancestors`: only the header forbids framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://crash-stats.mozilla.org https://api.github.com https://raw.githubusercontent.com http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // No page may frame the app (clickjacking a siglist edit or a token field).
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  // The same for browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Links to crash reports and GitHub need not say where they were clicked.
  'Referrer-Policy': 'no-referrer',
};

/** `_headers` for Netlify and Cloudflare Pages: every path gets SECURITY_HEADERS. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;
}
