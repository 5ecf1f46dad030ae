import { expect, test } from './fixtures';

test('the built extension loads with its service worker', async ({
  extensionId,
  serviceWorker,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toContain('/background.js');
});

test('the demo page shows the dispatch, right to left', async ({ context, demo }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}/dispatch-ar.html`);
  await expect(page.locator('h1')).toContainText('الحوار الاستراتيجي الثاني');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expect(page.locator('article p')).toHaveCount(17);
});
