/**
 * npm start [-- --page NAME] — builds the extension and opens Chromium with it loaded on a demo page
 * (default: the Arabic dispatch; `--page list` names them all).
 * npm start -- --headless [--screenshot FILE] — the same without a display: loads the page, reports
 * what Qarina found, optionally hovers a name and saves a screenshot with one card open, and exits.
 */
import './check-node.mjs';
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findChromium, launchWithExtension } from './lib/chromium';
import { DEMO_PAGES, findDemoPage } from './lib/demo-pages';
import { startDemoServer } from './lib/demo-server';
import { countPainted, showOneCard } from './lib/show-card';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    page: { type: 'string', default: 'ar' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (values.page === 'list') {
  for (const page of DEMO_PAGES)
    console.log(`${page.name.padEnd(13)} ${page.path.padEnd(26)} ${page.title}`);
  process.exit(0);
}
const page = findDemoPage(values.page);
if (typeof page === 'string') fail(page);
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('No display found. Use `npm start -- --headless --screenshot shot.png` here.');
}
try {
  findChromium();
} catch (error) {
  fail((error as Error).message);
}
if (!values['no-build']) {
  try {
    execSync('npx wxt build', { stdio: 'inherit' });
  } catch {
    fail('The build failed (its report is above); nothing was started.');
  }
}

const server = await startDemoServer(values.headless ? 0 : 5174);
const { context } = await launchWithExtension({ headless: values.headless });
const tab = context.pages()[0] ?? (await context.newPage());
const url = `${server.url}${page.path}`;
await tab.goto(url);
await tab
  .waitForFunction(
    () => document.querySelector('qarina-ui')?.hasAttribute('data-ready') === true,
    null,
    { timeout: 10_000 },
  )
  .catch(() => console.warn('The content script did not report ready within 10 s.'));

if (values.headless) {
  const painted = await countPainted(tab);
  console.log(
    `Loaded ${url} headless with the extension: ${painted} highlighted mention(s) in view.`,
  );
  if (values.screenshot) {
    await showOneCard(tab, page.name === 'ar' ? 'مراد نورتلو' : undefined);
    await tab.screenshot({ path: values.screenshot, fullPage: false });
    console.log(`Saved ${values.screenshot} (the page with one card open).`);
  } else {
    console.log('No screenshot asked for (add --screenshot FILE to save one); closing.');
  }
  await context.close();
  await server.close();
} else {
  console.log(`Demo page: ${url} — all pages: ${server.url}/ — close the browser window to stop.`);
  context.on('close', () => void server.close());
}
