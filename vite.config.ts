import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { crashStatsProxy } from './scripts/crashStatsProxy.ts';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from './scripts/securityHeaders.ts';

const contentSecurityPolicy = (): Plugin => ({
  name: 'siglab-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  // The headers a static host should send (see scripts/securityHeaders.ts).
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
  },
});

export default defineConfig({
  plugins: [react(), crashStatsProxy(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // The built app as served: framing forbidden, no sniffing, no referrer (the dev server stays plain for HMR).
  preview: { headers: SECURITY_HEADERS },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
