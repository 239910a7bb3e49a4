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
    // Tests of a `describe.concurrent` group (pages whose time is mostly waiting: network idle,
    // frames, polls) share their file's Chromium, at most three pages at a time: more only
    // contend for the two cores and stretch each test towards its timeout.
    maxConcurrency: 3,
  },
});
