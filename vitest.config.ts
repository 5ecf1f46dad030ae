import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    // Real Firefox runs under its own config (tests/firefox/vitest.config.ts), after the build.
    exclude: ['tests/firefox/**', '**/node_modules/**'],
    setupFiles: ['fake-indexeddb/auto'],
    restoreMocks: true,
    // Generous: CI machines are shared (2 cores), and some tests spawn `tsx` or run property checks.
    testTimeout: 30_000,
  },
});
