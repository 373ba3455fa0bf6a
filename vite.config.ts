import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { crashStatsProxy } from './scripts/crashStatsProxy.ts';

export default defineConfig({
  plugins: [react(), crashStatsProxy()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
