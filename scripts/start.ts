/**
 * npm start — builds the extension and opens Chromium with it loaded on the demo dispatch page.
 * npm start -- --headless --screenshot FILE — the same without a display: saves a screenshot and exits.
 */
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/chromium';
import { startDemoServer } from './lib/demo-server';

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
