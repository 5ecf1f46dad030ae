import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CARD, hoverMention, openReady, setSettings } from './qarina-page';

/**
 * The fonts Chromium really used for the text of an element (DevTools' "Rendered fonts"): a
 * machine without a CJK font draws Chinese as missing-glyph boxes, and screenshots prove nothing.
 * The element is found by a script run in the page (the card lives in an open shadow root).
 */
async function renderedFonts(page: Page, find: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { result } = await cdp.send('Runtime.evaluate', { expression: find });
  const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId! });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

const CJK_FONT = /CJK|WenQuanYi|Droid Sans Fallback|AR PL|Source Han/i;
const ARABIC_FONT = /Arabic|Naskh|Kufi|Amiri|DejaVu Sans|Scheherazade/i;

test('the Chinese card and page render with a font that has Chinese glyphs', async ({
  context,
  demo,
}) => {
  await setSettings(context, { cardLanguage: 'zh' });
  const page = await openReady(context, `${demo.url}/news-zh.html`);
  await hoverMention(page, '王毅');
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('王毅');
  const cardFonts = await renderedFonts(
    page,
    `document.querySelector('qarina-ui').shadowRoot.querySelector('.qc-title')`,
  );
  const pageFonts = await renderedFonts(page, `document.querySelector('h1')`);
  expect(cardFonts.length).toBeGreaterThan(0);
  for (const family of [...cardFonts, ...pageFonts]) expect(family).toMatch(CJK_FONT);
  await card.screenshot({ path: test.info().outputPath('card-chinese.png') });
});

test('the Arabic card renders with a font that has Arabic glyphs', async ({ context, demo }) => {
  await setSettings(context, { cardLanguage: 'ar' });
  const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
  await hoverMention(page, 'مراد نورتلو');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('مراد نورتلو');
  const fonts = await renderedFonts(
    page,
    `document.querySelector('qarina-ui').shadowRoot.querySelector('.qc-title')`,
  );
  expect(fonts.length).toBeGreaterThan(0);
  for (const family of fonts) expect(family).toMatch(ARABIC_FONT);
});
