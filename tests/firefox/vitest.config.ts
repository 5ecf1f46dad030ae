import { defineConfig } from 'vitest/config';

/** Firefox ESR with the built extension (`npx wxt build -b firefox` first); run by `npm test`. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
