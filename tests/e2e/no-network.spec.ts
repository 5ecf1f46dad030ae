/**
 * No network: Chromium's own net log records every request of the browser from launch on
 * (service worker, content scripts, extension pages, pages), through a full session: install and
 * seed, the demo pages, a hover, a popup search, an import large enough for remote matching and a
 * page matched through the background. Every request must be the demo
 * pages' own; a probe fetched from the service worker shows the log would catch the extension.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { startDemoServer } from '../../scripts/lib/demo-server';
import { openPopup, waitForData } from './popup-page';
import { bulkImport } from './bulk-import';
import { CARD, highlightTexts, hoverMention, openReady } from './qarina-page';

const test = base;
test.setTimeout(90_000);

interface Started {
  url: string;
  /** The origin that caused it; "not an origin" for the browser's own requests and navigations. */
  initiator: string;
  isolation: string;
}

/** Every request the net log saw start (URL_REQUEST_START_JOB), with who caused it. */
function startedRequests(file: string): Started[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: Record<string, unknown> }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.flatMap(({ type, params: p }) =>
    type === start && typeof p?.url === 'string'
      ? [{ url: p.url, initiator: String(p.initiator), isolation: String(p.network_isolation_key) }]
      : [],
  );
}

/** Chromium's own services (time, updates, accounts, autofill), which no flag fully silences. */
const BROWSER_SERVICES = /^https?:\/\/[a-z0-9-]+\.(google\.com|googleapis\.com)\//;

test('a full session makes no request but the pages’ own', async () => {
  const demo = await startDemoServer();
  const netLog = join(mkdtempSync(join(tmpdir(), 'qarina-netlog-')), 'net.json');
  const { context, extensionId, serviceWorker } = await launchWithExtension({
    headless: true,
    args: [`--log-net-log=${netLog}`],
  });
  // Attribution of what Playwright sees: requests from the service worker or extension pages.
  const fromExtension: string[] = [];
  context.on('request', (request) => {
    const frameUrl = request.serviceWorker() ? serviceWorker.url() : request.frame().url();
    if (frameUrl.startsWith('chrome-extension:') && !request.url().startsWith('chrome-extension:'))
      fromExtension.push(request.url());
  });
  try {
    const popup = await openPopup(context, extensionId);
    await expect(async () => {
      await popup.reload();
      await expect(popup.locator('[data-source="cache"]')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 }); // installed and seeded

    for (const page of ['dispatch-ar.html', 'news-en.html', 'news-zh.html', 'news-karaganda.html'])
      await openReady(context, `${demo.url}/${page}`);
    const article = await openReady(context, `${demo.url}/news-en.html`);
    await hoverMention(article, 'Wang Yi');
    await expect(article.locator(CARD)).toBeVisible();

    await popup.bringToFront();
    await popup.reload();
    await waitForData(popup);
    await popup.getByTestId('popup-search').fill('Almaty');
    await expect(popup.locator('.qp-result').first()).toBeVisible();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // An import past the remote-matching threshold (2,000 entries): pages then send their text
    // to the background (findMentions), which must stay a message, never a request.
    await options.getByTestId('import-file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bulkImport(1700)),
    });
    await expect(options.getByTestId('import-status')).toContainText('mine.json', {
      timeout: 30_000,
    });
    const remote = await openReady(context, `${demo.url}/news-karaganda.html`);
    await expect.poll(() => highlightTexts(remote), { timeout: 30_000 }).toContain('Karaganda');

    expect(fromExtension).toEqual([]);
    // The probe: what an extension request would look like to both recorders.
    const probe = `${demo.url}/probe-from-the-extension`;
    await serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), probe);
    expect(fromExtension).toEqual([probe]);
  } finally {
    await context.close();
    await demo.close();
  }

  const started = startedRequests(netLog).filter((r) => /^(https?|wss?):/.test(r.url));
  const probe = `${demo.url}/probe-from-the-extension`;
  const extension = `chrome-extension://${extensionId}`;
  // The log attributes requests: the probe is the extension's, so would any other.
  expect(started.filter((r) => r.url === probe)).toMatchObject([{ initiator: extension }]);
  const byExtension = started.filter(
    (r) =>
      r.url !== probe &&
      (r.initiator.startsWith('chrome-extension:') || r.isolation.includes('chrome-extension:')),
  );
  expect(byExtension).toEqual([]);
  // Pages (and the content scripts in them) asked only for the demo pages' own files.
  const byPages = started.filter((r) => r.initiator === demo.url);
  expect(byPages.length).toBeGreaterThan(0);
  expect(byPages.filter((r) => !r.url.startsWith(`${demo.url}/`))).toEqual([]);
  // Whatever else started was the browser: our navigations and its own services.
  const rest = started.filter((r) => r.url !== probe && r.initiator !== demo.url);
  expect(
    rest.filter((r) => !r.url.startsWith(`${demo.url}/`) && !BROWSER_SERVICES.test(r.url)),
  ).toEqual([]);
});
