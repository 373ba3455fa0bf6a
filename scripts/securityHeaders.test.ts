import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from './securityHeaders.ts';

describe('the built app’s headers for a static host (dist/_headers)', () => {
  it('gives every path the CSP with frame-ancestors, nosniff and the referrer policy', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(headersFile()).toBe(
      `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
    );
  });
});
