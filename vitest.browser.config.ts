import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Browser tests against the built site (see tests/browser/harness.ts). */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file runs its own Chromium; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
