import { defineConfig } from '@playwright/test';

/**
 * Real-browser tests: Debian Chromium with the built extension (.output/chrome-mv3) loaded.
 * `npm test` builds first; `npm run test:e2e` expects a build.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
});
