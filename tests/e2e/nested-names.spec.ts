/**
 * Names inside names (issue 15, family 6), in Chromium with the built extension: a compound
 * («China–Kazakhstan relations») is one highlight and its inner names (China, Kazakhstan) a
 * second one; hovering an inner name opens a card listing every entry at the point, longest
 * first, the first expanded and the inner one a click or a key away. The page is written here
 * and served by the test (route). Screenshots go to test-results/ to be looked at.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CARD, highlightTexts, openReady, setSettings } from './qarina-page';
import { expect, test } from './fixtures';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks</title></head>
<body style="font-size: 20px; max-width: 40em; margin: 2em"><h1>Talks in Astana</h1>
<p>The ministers said China–Kazakhstan relations had entered a new stage, and the Ministry of Foreign Affairs of China welcomed the plan.</p>
<p>Officials of the Shanghai Cooperation Organisation will meet in the spring.</p></body></html>`;

async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** The centre of the `nth` range whose text is `text` in the highlight `name`. */
async function pointIn(page: Page, name: string, text: string, nth = 0) {
  const point = await page.evaluate(
    ([n, t, i]) => {
      // Qarina paints with StaticRanges (no text, no rects): live copies.
      const ranges = [...(CSS.highlights.get(n as string) ?? [])].map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      });
      const range = ranges
        .filter((r) => r.toString() === t)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[i as number];
      if (!range) return null;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [name, text, nth] as const,
  );
  if (!point) throw new Error(`no "${text}" in ${name}`);
  return point;
}

test('the compound and the names inside it are both highlighted; the card at an inner name lists both, longest first', async ({
  context,
  demo,
}) => {
  const url = `${demo.url}/nested-names.html`;
  await serve(context, url, PAGE);
  const page = await openReady(context, url);
  await page.setViewportSize({ width: 900, height: 640 });
  const before = await page.evaluate(() => document.body.innerHTML);
  await expect
    .poll(() => highlightTexts(page))
    .toEqual(
      expect.arrayContaining([
        'China–Kazakhstan relations',
        'Ministry of Foreign Affairs of China',
        'Shanghai Cooperation Organisation',
      ]),
    );
  await expect
    .poll(() => highlightTexts(page, 'qarina-inner-underline'))
    .toEqual(expect.arrayContaining(['China', 'Kazakhstan', 'Shanghai']));
  // The page's DOM is untouched: both marks are CSS highlights.
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  await page.screenshot({ path: 'test-results/nested-names-highlights.png' });

  const kazakhstan = await pointIn(page, 'qarina-inner-underline', 'Kazakhstan');
  await page.mouse.move(kazakhstan.x, kazakhstan.y, { steps: 2 });
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('China–Kazakhstan relations');
  const items = card.locator('.qc-at-point-item');
  await expect(items).toHaveText(['China–Kazakhstan relations', 'Kazakhstan']);
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: 'test-results/nested-names-card.png' });

  // The inner entry is one click away; the card stays on the point.
  await items.nth(1).click();
  await expect(card.locator('.qc-title')).toHaveText('Kazakhstan');
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  // And one key away: ↑ moves to the compound, Enter opens it, focus stays in the list.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(card.locator('.qc-title')).toHaveText('China–Kazakhstan relations');
  await expect(items.nth(0)).toBeFocused();
  await page.screenshot({ path: 'test-results/nested-names-card-keyboard.png' });
});

test('a name with nothing inside it opens a card without the list', async ({ context, demo }) => {
  const url = `${demo.url}/nested-names-plain.html`;
  await serve(context, url, PAGE);
  const page = await openReady(context, url);
  await expect.poll(() => highlightTexts(page)).toContain('Astana');
  const astana = await pointIn(page, 'qarina-underline', 'Astana');
  await page.mouse.move(astana.x, astana.y, { steps: 2 });
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Astana');
  await expect(page.locator(CARD).locator('.qc-at-point')).toHaveCount(0);
});

test('in the tint style, the inner names get their own mark, and none when their type is off', async ({
  context,
  demo,
}) => {
  const url = `${demo.url}/nested-names-tint.html`;
  await serve(context, url, PAGE);
  const page = await openReady(context, url);
  await page.setViewportSize({ width: 900, height: 320 });
  await setSettings(context, { highlightStyle: 'tint' });
  await expect
    .poll(() => highlightTexts(page, 'qarina-inner-tint'))
    .toEqual(expect.arrayContaining(['China', 'Kazakhstan', 'Shanghai']));
  expect(await highlightTexts(page, 'qarina-tint')).toContain('China–Kazakhstan relations');
  expect(await highlightTexts(page, 'qarina-inner-underline')).toEqual([]);
  await page.screenshot({ path: 'test-results/nested-names-tint.png' });
  // Places off: China, Kazakhstan and Shanghai (places) are no longer marked inside compounds.
  await setSettings(context, { highlightTypes: ['organization', 'term', 'person', 'event'] });
  await expect.poll(() => highlightTexts(page, 'qarina-inner-tint')).toEqual([]);
  expect(await highlightTexts(page, 'qarina-tint')).toContain('China–Kazakhstan relations');
});
