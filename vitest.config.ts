import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledKbModule } from './scripts/lib/bundled-kb';

export default defineConfig({
  // bundledKbModule: what the build gives the background (entrypoints/background.ts imports it).
  plugins: [WxtVitest(), bundledKbModule()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    // Real Firefox runs under its own config (tests/firefox/vitest.config.ts), after the build.
    exclude: ['tests/firefox/**', '**/node_modules/**'],
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/fold-tables.ts'],
    restoreMocks: true,
    // Generous: CI machines are shared (2 cores), and some tests spawn `tsx` or run property checks.
    testTimeout: 30_000,
  },
});
