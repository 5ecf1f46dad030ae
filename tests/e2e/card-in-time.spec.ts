/**
 * The card in time (issue 16 item 3) in Chromium with the built extension: a dated page shows an
 * entry as it stood on the page's date and what changed since; the switch and the setting.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CARD, hoverMention, openReady, setSettings } from './qarina-page';

async function nurtleuCard(context: BrowserContext, url: string, name: string): Promise<Page> {
  const page = await openReady(context, url);
  await hoverMention(page, name);
  await expect(page.locator(CARD)).toBeVisible();
  return page;
}

test.describe('the card in time', () => {
  test('the dispatch (27 April 2025) shows Nurtleu as Foreign Minister then, and the September 2025 change', async ({
    context,
    demo,
  }) => {
    const page = await nurtleuCard(context, `${demo.url}/dispatch-ar.html`, 'مراد نورتلو');
    const card = page.locator(CARD);
    await expect(card).toHaveAttribute('data-time', 'then');
    await expect(card.locator('.qc-then-line')).toHaveText(
      /^At the time of this article · 27 Apr 2025: .*Foreign Minister of Kazakhstan/,
    );
    await expect(card.locator('.qc-since li').first()).toHaveText(
      /^26 Sep 2025: left the post of .*Foreign Minister of Kazakhstan.*; became /,
    );
    // The fact that held then comes first.
    await expect(card.locator('.qc-fact-text').first()).toContainText(
      'Minister of Foreign Affairs',
    );
    await card.screenshot({ path: 'test-results/card-in-time-en.png' });
  });

  test('one switch, by keyboard, shows today’s card and back', async ({ context, demo }) => {
    const page = await nurtleuCard(context, `${demo.url}/dispatch-ar.html`, 'مراد نورتلو');
    const card = page.locator(CARD);
    const button = card.locator('button.qc-switch');
    await expect(button).toHaveText('Show today’s card');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-time', 'today');
    await expect(card.locator('.qc-since, .qc-then-line')).toHaveCount(0);
    await expect(button).toHaveText('Show as at the article’s date');
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('data-time', 'then');
    await expect(card.locator('.qc-since')).toBeVisible();
  });

  test('in Arabic', async ({ context, demo }) => {
    await setSettings(context, { cardLanguage: 'ar' });
    const page = await nurtleuCard(context, `${demo.url}/dispatch-ar.html`, 'مراد نورتلو');
    const card = page.locator(CARD);
    await expect(card.locator('.qc-then-line')).toHaveText(/^عند نشر هذا المقال · 27 أبريل 2025: /);
    await expect(card.locator('.qc-since li').first()).toHaveText(/^26 سبتمبر 2025: مغادرة منصب /);
    await expect(card.locator('button.qc-switch')).toHaveText('عرض البطاقة كما هي اليوم');
    await card.screenshot({ path: 'test-results/card-in-time-ar.png' });
  });

  test('a page dated 2 December 2022 names the role he held then', async ({ context, demo }) => {
    const page = await nurtleuCard(context, `${demo.url}/test-dated-2022.html`, 'Murat Nurtleu');
    const card = page.locator(CARD);
    await expect(card.locator('.qc-then-line')).toHaveText(
      /^At the time of this article · 2 Dec 2022: .*Presidential Administration/,
    );
    await expect(card.locator('.qc-then-line')).not.toContainText('Foreign Minister');
    await expect(card.locator('.qc-since')).toContainText('26 Sep 2025');
  });

  test('an undated page shows today’s card, with no extra words', async ({ context, demo }) => {
    const page = await nurtleuCard(context, `${demo.url}/test-overlay.html`, 'Murat Nurtleu');
    const card = page.locator(CARD);
    await expect(card.locator('.qc-title')).toHaveText('Murat Nurtleu');
    await expect(card.locator('.qc-then, .qc-since, .qc-switch')).toHaveCount(0);
    await expect(card).not.toHaveAttribute('data-time', /./);
  });

  test('the options page turns it off, for a card already open too', async ({
    context,
    demo,
    extensionId,
  }) => {
    const page = await nurtleuCard(context, `${demo.url}/dispatch-ar.html`, 'مراد نورتلو');
    const card = page.locator(CARD);
    await expect(card.locator('.qc-then-line')).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const box = options.locator('input[name="cardInTime"]');
    await expect(box).toBeChecked();
    await box.uncheck();
    await expect(options.getByTestId('saved')).not.toBeEmpty();
    await page.bringToFront();
    await expect(card.locator('.qc-then, .qc-since')).toHaveCount(0);
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
    await hoverMention(page, 'مراد نورتلو');
    await expect(card).toBeVisible();
    await expect(card.locator('.qc-then, .qc-since, .qc-switch')).toHaveCount(0);
  });
});
