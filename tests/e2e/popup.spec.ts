import { expect, test } from './fixtures';
import { activeTabId, openPopup, waitForData } from './popup-page';
import { CARD, highlightTexts, openReady, setSettings } from './qarina-page';

test.describe('the popup', () => {
  test('opens ready to type and finds entries in every script, typos included', async ({
    context,
    extensionId,
  }) => {
    const popup = await openPopup(context, extensionId);
    const input = popup.getByTestId('popup-search');
    await expect(input).toBeFocused();
    await waitForData(popup);

    const first = popup.locator('.qp-result').first();
    for (const [query, id, kind] of [
      ['وانغ', 'wang-yi', 'exact'],
      ['Almaty', 'almaty', 'exact'],
      ['王毅', 'wang-yi', 'exact'],
      ['Нуртлеу', 'murat-nurtleu', 'exact'],
      ['Shanghai Cooperation Organization', 'shanghai-cooperation-organisation', 'exact'],
      ['Nurtlev', 'murat-nurtleu', 'fuzzy'],
    ] as const) {
      await input.fill(query);
      await expect(first).toHaveAttribute('data-entry-id', id);
      await expect(first).toHaveAttribute('data-kind', kind);
    }
    // The matched part is marked; the summary is one line.
    await expect(first.locator('mark')).toHaveText(/^Nurtle/);
    await popup.screenshot({ path: 'test-results/popup-search-typo.png' });

    // Arrow keys move, Enter opens the full card, Escape goes back to the results.
    await input.fill('China');
    const results = popup.locator('.qp-result');
    await expect(results.nth(1)).toBeVisible();
    await input.press('ArrowDown');
    await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
    const chosen = await results.nth(1).getAttribute('data-entry-id');
    await input.press('Enter');
    const card = popup.getByTestId('popup-card');
    await expect(card).toHaveAttribute('data-entry-id', chosen!);
    await expect(card.locator('.qarina-card')).toBeFocused();
    await popup.screenshot({ path: 'test-results/popup-card.png' });
    await popup.keyboard.press('Escape');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('China');
  });

  test('lists what the demo page mentions, grouped by type, and jumps to a mention', async ({
    context,
    extensionId,
    serviceWorker,
    demo,
  }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, { tabId });
    await waitForData(popup);

    const list = popup.getByTestId('on-this-page');
    const person = list.locator('.qp-group[data-type="person"]');
    await expect(person.locator('[data-entry-id="wang-yi"]')).toBeVisible();
    await expect(person.locator('[data-entry-id="murat-nurtleu"]')).toBeVisible();
    await expect(
      list.locator('.qp-group[data-type="place"] [data-entry-id="almaty"]'),
    ).toBeVisible();
    await expect(list.locator('[data-entry-id="wang-yi"] .qp-count')).toHaveText(/\d+/);
    const types = await list
      .locator('.qp-group')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-type')));
    expect(types.slice(0, 3)).toEqual(['person', 'place', 'organization']);
    // The page's date, read from the dispatch's source line (2025:04:27.09:40), in the UI language.
    await expect(list.getByTestId('page-date')).toHaveText('Published April 27, 2025');
    await popup.screenshot({ path: 'test-results/popup-on-this-page.png' });

    await list.locator('[data-entry-id="shanghai-cooperation-organisation"]').click();
    await expect(page.locator(CARD)).toBeVisible();
    await expect(page.locator(CARD)).toContainText('Shanghai Cooperation Organisation');
    await page.screenshot({ path: 'test-results/popup-revealed-mention.png' });
  });

  test('the site switch pauses highlights on that tab, and resumes them', async ({
    context,
    extensionId,
    serviceWorker,
    demo,
  }) => {
    const page = await openReady(context, `${demo.url}/dispatch-ar.html`);
    expect((await highlightTexts(page)).length).toBeGreaterThan(10);
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, { tabId });

    const site = popup.getByTestId('switch-site');
    await expect(site).toHaveAttribute('aria-checked', 'true');
    await expect(site).toContainText('127.0.0.1');
    await site.click();
    await expect(site).toHaveAttribute('aria-checked', 'false');
    await expect.poll(() => highlightTexts(page)).toEqual([]);
    await expect(popup.getByTestId('on-this-page')).toContainText('Paused on this site');

    await site.click();
    await expect.poll(async () => (await highlightTexts(page)).length).toBeGreaterThan(10);
  });

  test('is right-to-left in the Arabic interface', async ({ context, extensionId }) => {
    await setSettings(context, { cardLanguage: 'ar' });
    const popup = await openPopup(context, extensionId);
    await waitForData(popup);
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(popup.getByTestId('popup-search')).toHaveAttribute(
      'placeholder',
      /[\u0600-\u06FF]/,
    );
    await popup.getByTestId('popup-search').fill('كازاخستان');
    await expect(popup.locator('.qp-result').first()).toHaveAttribute(
      'data-entry-id',
      'kazakhstan',
    );
    // In a right-to-left layout the search box's text starts at the right.
    const box = await popup.getByTestId('popup-search').boundingBox();
    const mark = await popup.locator('.qp-result mark').first().boundingBox();
    expect(mark!.x + mark!.width).toBeGreaterThan(box!.x + box!.width / 2);
    await popup.screenshot({ path: 'test-results/popup-arabic-rtl.png' });
  });
});
