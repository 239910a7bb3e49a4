import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts', 'tests/package/**/*.test.ts'],
    environment: 'node',
    // The CLI tests and `conform` run the built bundle, as users do.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
