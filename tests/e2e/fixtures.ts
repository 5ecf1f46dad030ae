import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';

interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/** Each test gets a fresh profile with the built extension; each worker one demo server. */
export const test = base.extend<TestFixtures, { demo: DemoServer }>({
  demo: [
    async ({}, use) => {
      const server = await startDemoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const launched = await launchWithExtension({ headless: true });
    await use(launched.context);
    await launched.context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
