import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox';

let browser: Browser;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
  ({ browser } = await launchFirefoxWithExtension());
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('Firefox build', () => {
  it('highlights the mentions of the demo dispatch', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/dispatch-ar.html`);
    await page.waitForFunction(
      () => document.querySelector('qarina-ui')?.hasAttribute('data-ready'),
      { timeout: 20_000 },
    );
    const ranges = await page.waitForFunction(
      () => {
        let total = 0;
        for (const [, highlight] of CSS.highlights) total += highlight.size;
        return total >= 87 && total;
      },
      { timeout: 20_000 },
    );
    expect(await ranges.jsonValue()).toBeGreaterThanOrEqual(87);
  });
});
