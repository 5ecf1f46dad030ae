import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { CARD, highlightTexts, openReady } from './qarina-page';

/** What the background does for the next/previous commands (browsers only fire them for real keys). */
async function command(worker: Worker, direction: 'next' | 'previous') {
  await worker.evaluate(async (d) => {
    type Tabs = {
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(id: number, m: object, o: object): Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id, { type: 'qarina:navigate', direction: d }, { frameId: 0 });
  }, direction);
}

test('next / previous move through the mentions, open their cards and focus them; Escape returns focus', async ({
  context,
  demo,
  serviceWorker,
}) => {
  const page = await openReady(context, `${demo.url}/news-en.html`);
  // Ready means the first slice painted, not the whole scan: under load the headline's unit may
  // come later, and "next" would start from the first mention found so far.
  const headline = ['Wang Yi', 'Murat Nurtleu', 'Almaty'];
  await expect.poll(() => highlightTexts(page)).toEqual(expect.arrayContaining(headline));
  await page.evaluate(() => {
    const h1 = document.querySelector('h1')!;
    h1.tabIndex = -1;
    h1.focus();
  });
  const card = page.locator(CARD);
  const title = card.locator('.qc-title');
  // The headline's mentions, in order: Wang Yi, Murat Nurtleu, Almaty.
  for (const name of headline) {
    await command(serviceWorker, 'next');
    await expect(title).toHaveText(name);
    await expect(card).toBeFocused();
  }
  await command(serviceWorker, 'previous');
  await expect(title).toHaveText('Murat Nurtleu');
  await expect(card).toBeFocused(); // Escape must reach the card, not the page behind it
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('h1');
});
