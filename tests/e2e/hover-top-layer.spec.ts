import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlighted } from './hostile-page';
import { CARD, mentionPoint, openReady, setSettings } from './qarina-page';

/** The element on top at the centre of the open card (qarina-ui when the card is above everything). */
async function topAtCard(page: Page): Promise<string | undefined> {
  await page.screenshot({ path: test.info().outputPath('top-layer.png') });
  const box = (await page.locator(CARD).boundingBox())!;
  return page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.localName,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

async function hover(page: Page, text: string) {
  await page.mouse.move(5, 5);
  const point = await mentionPoint(page, text);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/** A finger tap through CDP touch events (pointerType "touch"; the context has no touch emulation). */
async function tap(page: Page, point: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

// A modal dialog makes everything outside it inert: the card must be inside it to be usable
// (hit-tests at the card reach the card, not the dialog's ::backdrop).
test('a mention in a modal <dialog>, then in a popover: the card shows above each', async ({
  context,
  demo,
}) => {
  const page = await openReady(context, `${demo.url}/hostile/top-layer.html`);
  await page.evaluate(() => (window as unknown as { showDialog(): void }).showDialog());
  await expect.poll(() => highlighted(page)).toContain('United Nations');
  await hover(page, 'United Nations');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('United Nations');
  expect(await topAtCard(page)).toBe('qarina-ui');
  await page.keyboard.press('Escape'); // closes the card first
  await page.evaluate(() => {
    document.querySelector('dialog')!.close();
    (window as unknown as { showPop(): void }).showPop();
  });
  // Both Almatys: the page's and the one in the popover just shown.
  await expect
    .poll(async () => (await highlighted(page)).filter((t) => t === 'Almaty').length)
    .toBe(2);
  const inPopover = await page.evaluate(
    () => document.querySelector('#in-popover')!.getBoundingClientRect().top,
  );
  const point = await mentionPoint(page, 'Almaty', 1);
  expect(point.y).toBeGreaterThan(inPopover - 1);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Almaty');
  expect(await topAtCard(page)).toBe('qarina-ui');
});

// Over a fullscreen element, hit-tests at the card must reach the card.
test('a fullscreen element: its mention gets a card shown above it', async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/hostile/top-layer.html`);
  await page.evaluate(() =>
    (window as unknown as { goFullscreen(): Promise<void> }).goFullscreen(),
  );
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('stage');
  await hover(page, 'Murat Nurtleu');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Murat Nurtleu');
  expect(await topAtCard(page)).toBe('qarina-ui');
});

test('touch: a tap opens the card at once (no hover delay); a tap elsewhere closes it', async ({
  context,
  demo,
}) => {
  await setSettings(context, { hoverDelayMs: 2000 });
  const page = await openReady(context, `${demo.url}/news-en.html`);
  const point = await mentionPoint(page, 'Wang Yi');
  await tap(page, point);
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Wang Yi', { timeout: 1000 });
  await tap(page, { x: 5, y: point.y + 200 });
  await expect(page.locator(CARD)).toBeHidden();
});
