import { expect, test } from './fixtures';
import { collectAllErrors, collectQarinaErrors } from './hostile-page';
import { CARD, hoverMention, openReady } from './qarina-page';
import { qarinaWorld } from './qarina-world';

/**
 * The card's code (card.js) is not in the content script: it is imported on first need
 * (utils/content/card-loader.ts). In a real browser: the first hover on a fresh page opens a
 * card, even under a strict CSP; the code lands in Qarina's world, never in the page's; a page
 * with nothing to hover never loads it; and a page cannot fetch it at a fixed address.
 */

const HAS_CARD_CODE = `typeof globalThis.__qarinaCardCode?.render === 'function'`;

test('the very first hover on a fresh page opens a card; its code is in Qarina’s world, not the page’s', async ({
  context,
  demo,
  extensionId,
  serviceWorker,
}) => {
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await context.newPage();
  const inQarina = await qarinaWorld(page, extensionId);
  await openReady(context, `${demo.url}/news-en.html`, page);
  await hoverMention(page, 'Wang Yi');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Wang Yi');
  expect(await inQarina(HAS_CARD_CODE)).toBe(true);
  expect(await page.evaluate(() => '__qarinaCardCode' in window)).toBe(false);
  expect(errors).toEqual([]);
});

test('under a strict CSP (default-src none) the first hover loads the card’s code and shows a styled card', async ({
  context,
  demo,
}) => {
  const page = await context.newPage();
  const errors = collectAllErrors(page);
  await openReady(context, `${demo.url}/hostile/csp.html`, page);
  await hoverMention(page, 'Wang Yi');
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('Wang Yi');
  expect((await card.boundingBox())!.width).toBeGreaterThan(150); // its style sheet came too
  expect(errors).toEqual([]);
});

test('a page with nothing to hover never loads the card’s code', async ({
  context,
  demo,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.route('**/nothing-to-hover.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><body><p>Rain in the morning, sun by noon.</p></body></html>',
    }),
  );
  const inQarina = await qarinaWorld(page, extensionId);
  await openReady(context, `${demo.url}/nothing-to-hover.html`, page);
  await page.mouse.move(20, 20);
  await page.waitForTimeout(2500); // past the idle preload's longest wait (2 s)
  expect(await inQarina(HAS_CARD_CODE)).toBe(false);
});

test('a page cannot fetch card.js at the extension’s fixed address (Chromium: use_dynamic_url)', async ({
  context,
  demo,
  extensionId,
}) => {
  const page = await openReady(context, `${demo.url}/news-en.html`);
  const status = await page.evaluate(async (id) => {
    try {
      return (await fetch(`chrome-extension://${id}/card.js`)).status;
    } catch {
      return 'refused';
    }
  }, extensionId);
  expect(status).toBe('refused');
});
