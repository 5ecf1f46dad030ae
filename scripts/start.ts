/**
 * npm start — builds the extension and opens Chromium with it loaded on the demo dispatch page.
 * npm start -- --headless --screenshot FILE — the same without a display: saves a screenshot and exits.
 */
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/chromium';
import { startDemoServer } from './lib/demo-server';
import type { Page } from 'playwright-core';

/** Hovers a mention of Murat Nurtleu in the dispatch, so the screenshot shows one card open. */
async function showOneCard(page: Page): Promise<void> {
  // Polled: highlights are painted a frame or two after the content script reports ready (units
  // near the viewport are painted when the IntersectionObserver reports them).
  const point = await page
    .waitForFunction(
      () => {
        const ranges = [...(CSS.highlights.get('qarina-underline') ?? [])] as Range[];
        const range = ranges.find((r) => r.toString() === 'مراد نورتلو');
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'end' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      null,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!point) return console.warn('No highlighted mention to hover: the screenshot shows no card.');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page
    .locator('qarina-ui .qarina-float[data-placed="true"]')
    .waitFor({ timeout: 5000 })
    .catch(() => console.warn('No card opened within 5 s.'));
}

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Use `npm start -- --headless --screenshot shot.png` here.');
  process.exit(1);
}
if (!values['no-build']) execSync('npx wxt build', { stdio: 'inherit' });

const server = await startDemoServer(values.headless ? 0 : 5174);
const { context } = await launchWithExtension({ headless: values.headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.url}/dispatch-ar.html`);
await page
  .waitForFunction(
    () => document.querySelector('qarina-ui')?.hasAttribute('data-ready') === true,
    null,
    { timeout: 10_000 },
  )
  .catch(() => console.warn('The content script did not report ready within 10 s.'));

if (values.screenshot) {
  await showOneCard(page);
  await page.screenshot({ path: values.screenshot, fullPage: false });
  console.log(`Saved ${values.screenshot}`);
}
if (values.headless) {
  await context.close();
  await server.close();
} else {
  console.log(`Demo page: ${server.url}/dispatch-ar.html — close the browser window to stop.`);
  context.on('close', () => void server.close());
}
