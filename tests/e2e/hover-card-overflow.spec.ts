/**
 * A long hover card says that more follows (a fade and a "More below" button) until its body is
 * scrolled to the end, where the last line shows whole: in both themes, at the smallest and the
 * largest text size, and in a right-to-left Arabic card (Naskh at the largest size is the tallest
 * text a card shows). Checked with real layout; screenshots are attached to the results.
 */
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { cardGeometry, inside, settledScrollTop } from './card-geometry';
import { expect, test } from './fixtures';
import { CARD, hoverMention, openReady, setSettings } from './qarina-page';

const MORE = 'qarina-ui .qc-more-button';

const CASES = [
  {
    theme: 'light',
    textSize: 'small',
    lang: 'en',
    page: 'news-en.html',
    name: 'Kazakhstan',
    font: 12.6,
  },
  {
    theme: 'light',
    textSize: 'large',
    lang: 'en',
    page: 'news-en.html',
    name: 'Kazakhstan',
    font: 16.1,
  },
  {
    theme: 'dark',
    textSize: 'small',
    lang: 'en',
    page: 'news-en.html',
    name: 'Kazakhstan',
    font: 12.6,
  },
  {
    theme: 'dark',
    textSize: 'large',
    lang: 'en',
    page: 'news-en.html',
    name: 'Kazakhstan',
    font: 16.1,
  },
  {
    theme: 'dark',
    textSize: 'large',
    lang: 'ar',
    page: 'dispatch-ar.html',
    name: 'وانغ يي',
    font: 17.39,
  },
] as const;

async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.locator(CARD).screenshot({ path, animations: 'disabled' });
  await info.attach(name, { path, contentType: 'image/png' });
}

for (const c of CASES) {
  test(`${c.lang} card, ${c.theme} theme, ${c.textSize} text: "More below" until the end, then the last line whole`, async ({
    context,
    demo,
  }, info) => {
    await setSettings(context, { theme: c.theme, textSize: c.textSize, cardLanguage: c.lang });
    const page = await openReady(context, `${demo.url}/${c.page}`);
    await hoverMention(page, c.name);
    const card = page.locator(CARD);
    await expect(card).toHaveAttribute('data-theme', c.theme);
    await expect(page.locator('qarina-ui .qarina-float')).toHaveAttribute('data-placed', 'true');

    // (a) The body overflows, and says so: a fade over its block end and a named button.
    const start = await cardGeometry(page);
    expect(parseFloat(start.fontSize)).toBeCloseTo(c.font, 1);
    expect(start.scrollHeight).toBeGreaterThan(start.clientHeight + 40);
    const more = page.locator(MORE);
    await expect(more).toBeVisible();
    await expect(more).toHaveAccessibleName(c.lang === 'ar' ? 'المزيد في الأسفل' : 'More below');
    expect(start.fade!.bottom).toBeCloseTo(start.visible.bottom, 0);
    expect(inside(start.button!, start.visible)).toBe(true);
    await shoot(page, info, `${c.lang}-${c.theme}-${c.textSize}-start`);

    // The button scrolls on; at the end the cue is gone.
    for (let i = 0; i < 12 && (await more.count()); i++) {
      await more.click();
      await settledScrollTop(page);
    }
    await expect(more).toHaveCount(0);
    const end = await cardGeometry(page);
    expect(end.scrollTop).toBeGreaterThanOrEqual(end.scrollHeight - end.clientHeight - 1);
    expect(end.fade).toBeNull();

    // (b) The last line, and the chip or link holding it, lie inside what the card shows, on top.
    expect(inside(end.lastLine, end.visible), JSON.stringify(end)).toBe(true);
    expect(inside(end.lastElement, end.visible), JSON.stringify(end)).toBe(true);
    expect(end.lastLineOnTop).toBe(true);
    await shoot(page, info, `${c.lang}-${c.theme}-${c.textSize}-end`);

    // Scrolling back up brings the cue back.
    await page
      .locator('qarina-ui .qc-body')
      .evaluate((body) => body.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(more).toBeVisible();
  });
}

test('a card that fits shows no cue', async ({ context, extensionId, demo }) => {
  // The bundled entries are all long; the import fixture's Karaganda entry is a few lines.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('import-file').setInputFiles({
    name: 'short.json',
    mimeType: 'application/json',
    buffer: Buffer.from(readFileSync('tests/fixtures/kb/import-valid.json', 'utf8')),
  });
  await expect(options.getByTestId('import-status')).toContainText('short.json');
  await setSettings(context, { theme: 'dark', textSize: 'large', cardLanguage: 'en' });
  const page = await openReady(context, `${demo.url}/news-karaganda.html`);
  await hoverMention(page, 'Karaganda');
  await expect(page.locator(CARD)).toContainText('A coal-mining city in central Kazakhstan.');
  await expect(page.locator('qarina-ui .qarina-float')).toHaveAttribute('data-placed', 'true');
  const geometry = await cardGeometry(page);
  expect(geometry.scrollHeight).toBeLessThanOrEqual(geometry.clientHeight);
  await expect(page.locator(MORE)).toHaveCount(0);
  expect(inside(geometry.lastElement, geometry.visible)).toBe(true);
  await shoot(page, test.info(), 'short-card');
});
