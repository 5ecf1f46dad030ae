import mentions from '../fixtures/dispatch-mentions.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { CARD, highlightTexts, hoverMention, openReady, serialiseWithoutHost } from './qarina-page';

test.describe('the dispatch demo page', () => {
  test('highlights every expected mention, and nothing in the comment box', async ({ context, demo }) => {
    const page = await context.newPage();
    // Only units near the viewport are registered: a tall window holds the whole article.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await openReady(context, `${demo.url}/dispatch-ar.html`, page);
    await expect.poll(async () => (await highlightTexts(page)).length).toBeGreaterThanOrEqual(mentions.mentions.length);
    const found = (await highlightTexts(page)).sort();
    // The dispatch's mentions, and the page's footer credits Xinhua by its English name.
    expect(found).toEqual([...mentions.mentions.map((m) => m.text), 'Xinhua'].sort());
    const inTextarea = await page.evaluate(() =>
      [...(CSS.highlights.get('qarina-underline') ?? [])].some((r) =>
        (r as Range).startContainer.parentElement?.closest('textarea, form'),
      ),
    );
    expect(inTextarea).toBe(false);
  });

  test('hovering an Arabic name shows its card; moving away closes it', async ({ context, demo }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    await hoverMention(page, 'وانغ يي');
    const card = page.locator(CARD);
    await expect(card).toBeVisible();
    await expect(card.locator('.qc-title')).toHaveText('Wang Yi');
    await expect(card.locator('.qc-page-name')).toHaveText('وانغ يي');
    await expect(card).toHaveAttribute('role', 'dialog');
    await expect(page.locator('qarina-ui [role="status"]')).toContainText('Wang Yi');
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('a term with a proclitic and a multi-word term show the right cards', async ({ context, demo }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    await hoverMention(page, 'وكازاخستان');
    const card = page.locator(CARD);
    await expect(card.locator('.qc-title')).toHaveText('Kazakhstan');
    await expect(card.locator('.qc-surface')).toContainText('وكازاخستان');
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
    await hoverMention(page, 'الشراكة الاستراتيجية الشاملة الدائمة');
    await expect(card.locator('.qc-title')).toHaveText(/permanent comprehensive strategic partnership/i);
  });

  test('the pointer can travel into the card; Escape closes it', async ({ context, demo }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    await hoverMention(page, 'مراد نورتلو');
    const card = page.locator(CARD);
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(600);
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('a pointer beside the text does not open a card', async ({ context, demo }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    // The end of the last line of a paragraph: left of it (RTL) is empty space in the same line box.
    const point = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[3]!;
      const rects = [...p.getClientRects()];
      const range = document.createRange();
      range.selectNodeContents(p);
      const lines = [...range.getClientRects()];
      const last = lines[lines.length - 1]!;
      return { x: Math.max(rects[0]!.left + 4, last.left - 40), y: last.top + last.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(700);
    await expect(page.locator(CARD)).toHaveCount(0);
  });

  test('a related chip opens its card in place, with a way back', async ({ context, demo }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    await hoverMention(page, 'وانغ يي');
    const card = page.locator(CARD);
    await card.locator('.qc-chip[data-id="murat-nurtleu"]').click();
    await expect(card.locator('.qc-title')).toHaveText('Murat Nurtleu');
    await card.locator('.qc-back').click();
    await expect(card.locator('.qc-title')).toHaveText('Wang Yi');
  });

  test("the page's DOM is unchanged apart from Qarina's host; no style sheet added", async ({ context, demo }) => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { before: string }).before = document.documentElement.outerHTML;
      });
    });
    await openReady(context, `${demo.url}/dispatch-ar.html`, page);
    await hoverMention(page, 'وانغ يي');
    await expect(page.locator(CARD)).toBeVisible();
    await page.keyboard.press('Escape');
    const after = await serialiseWithoutHost(page);
    const before = await page.evaluate(() => (window as unknown as { before: string }).before);
    expect(after).toBe(before);
    // Every style sheet the page sees is one of its own elements (the highlight rules come in as
    // the content script's CSS, which adds none).
    const sheets = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      elements: document.querySelectorAll('style, link[rel="stylesheet"]').length,
    }));
    expect(sheets.sheets).toBe(sheets.elements);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('qarina-ui').length)).toBe(1);
  });
});
