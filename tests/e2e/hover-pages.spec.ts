import { expect, test } from './fixtures';
import {
  CARD,
  highlightTexts,
  hoverMention,
  mentionPoint,
  mentionRect,
  openReady,
  setSettings,
} from './qarina-page';

test('an English page: the acronym SCO and a two-word name get their cards', async ({
  context,
  demo,
}) => {
  const page = await openReady(context, `${demo.url}/news-en.html`);
  await hoverMention(page, 'SCO');
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('Shanghai Cooperation Organisation');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await hoverMention(page, 'Murat Nurtleu');
  await expect(card.locator('.qc-title')).toHaveText('Murat Nurtleu');
  await card.screenshot({ path: test.info().outputPath('card-english.png') });
  await page.screenshot({ path: test.info().outputPath('page-english.png') });
});

test('a Chinese page: 王毅 and 上海合作组织 get their cards', async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/news-zh.html`);
  expect(await highlightTexts(page)).toEqual(
    expect.arrayContaining(['王毅', '阿拉木图', '上海合作组织', '联合国']),
  );
  await hoverMention(page, '王毅');
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('Wang Yi');
  await expect(card.locator('.qc-page-name')).toHaveText('王毅');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await hoverMention(page, '上海合作组织');
  await expect(card.locator('.qc-title')).toHaveText('Shanghai Cooperation Organisation');
  await page.screenshot({ path: test.info().outputPath('page-chinese.png') });
});

test('the Arabic card: right to left, next to its mention, in the viewport', async ({
  context,
  demo,
}) => {
  await setSettings(context, { cardLanguage: 'ar' });
  const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
  await hoverMention(page, 'مراد نورتلو');
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('مراد نورتلو');
  await expect(card).toHaveAttribute('dir', 'rtl');
  const box = (await card.boundingBox())!;
  // Mirrored: the card's right edge lines up with the mention's right (start) edge.
  const mention = (await mentionRect(page, 'مراد نورتلو'))!;
  expect(Math.abs(box.x + box.width - mention.right)).toBeLessThan(2);
  // Next to it: below, or above when there is no room below (flip), never over it.
  expect(box.y >= mention.bottom || box.y + box.height <= mention.top).toBe(true);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  await card.screenshot({ path: test.info().outputPath('card-arabic.png') });
  await page.screenshot({ path: test.info().outputPath('page-arabic.png') });
});

test('a dark page gets the dark card and the light highlight colours', async ({
  context,
  demo,
}) => {
  const page = await openReady(context, `${demo.url}/news-en-dark.html`);
  await expect.poll(() => highlightTexts(page, 'qarina-underline-dark')).toContain('Wang Yi');
  expect(await highlightTexts(page, 'qarina-underline')).toEqual([]);
  const point = await mentionPoint(page, 'Wang Yi', 0).catch(() => null);
  expect(point).toBeNull(); // the light name is not registered
  const target = await mentionPoint(page, 'Wang Yi', 0, 'qarina-underline-dark');
  await page.mouse.move(target.x, target.y);
  await expect(page.locator(CARD)).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: test.info().outputPath('page-dark.png') });
});

test('a small viewport keeps the whole card visible', async ({ context, demo }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 560 });
  await openReady(context, `${demo.url}/news-en.html`, page);
  await hoverMention(page, 'Kassym-Jomart Tokayev');
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  await page.waitForTimeout(200);
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.y + box.height).toBeLessThanOrEqual(560);
  await page.screenshot({ path: test.info().outputPath('page-small.png') });
});

test("the card shows above the page's own top overlay", async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/test-overlay.html`);
  await hoverMention(page, 'Wang Yi');
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  const top = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.localName,
    [box.x + box.width / 2, box.y + box.height - 10],
  );
  expect(top).toBe('qarina-ui');
});
