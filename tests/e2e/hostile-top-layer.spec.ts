import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlighted } from './hostile-page';
import { CARD, mentionPoint, openReady } from './qarina-page';

/**
 * scripts/demo/hostile/top-layer-stack.html: the page, a modal dialog and a popover are opaque
 * layers of one size, each naming someone else at the same place; the layer shown last is the
 * one the reader sees. While a modal dialog is open everything outside it is inert, so the
 * browser's hit test falls through a popover or fullscreen element shown above the dialog to the
 * dialog's name underneath: the card must be for the name the reader sees, or there is none.
 */
const NAMES = { stage: 'Wang Yi', dialog: 'Murat Nurtleu', popover: 'Almaty' } as const;
type Layer = keyof typeof NAMES;
const PATH = '/hostile/top-layer-stack.html';

const orders = (layers: Layer[]): Layer[][] =>
  layers.length <= 1
    ? [layers]
    : layers.flatMap((first) =>
        orders(layers.filter((l) => l !== first)).map((rest) => [first, ...rest]),
      );

async function openLayers(page: Page, order: readonly Layer[]): Promise<void> {
  for (const layer of order) {
    await page.evaluate(
      (l) => (window as unknown as { openLayer: Record<string, () => unknown> }).openLayer[l]!(),
      layer,
    );
    if (layer === 'stage')
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('stage');
  }
}

async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(5, 5);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/** No card shows once the hover delay (300 ms) and a card's first frames have passed. */
async function expectNoCard(page: Page): Promise<void> {
  await page.waitForTimeout(900);
  await expect(page.locator(CARD)).toHaveCount(0);
}

for (const order of orders(['stage', 'dialog', 'popover'])) {
  const top = order[order.length - 1]!;
  const hitTestable = top === 'dialog'; // the modal dialog is the one layer that is not inert
  test(`${order.join(', then ')}: hovering the ${top}'s name ${hitTestable ? 'opens its card' : 'opens no card (it is inert), never the dialog’s underneath'}`, async ({
    context,
    demo,
  }) => {
    const page = await openReady(context, `${demo.url}${PATH}`);
    await openLayers(page, order);
    await expect.poll(() => highlighted(page)).toContain(NAMES[top]);
    await expect.poll(() => highlighted(page)).toContain(NAMES.dialog);
    const point = await mentionPoint(page, NAMES[top]);
    await hover(page, point);
    if (hitTestable) {
      await expect(page.locator(CARD).locator('.qc-title')).toHaveText(NAMES[top]);
      // The card is usable: hit-tests at its centre reach it, not the dialog under it.
      const box = (await page.locator(CARD).boundingBox())!;
      const atCard = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.localName,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(atCard).toBe('qarina-ui');
    } else await expectNoCard(page);
    await page.screenshot({ path: test.info().outputPath(`stack-${order.join('-')}.png`) });
  });
}

test('a name under the page’s positioned overlay opens no card; a name beside it does', async ({
  context,
  demo,
}) => {
  const page = await openReady(context, `${demo.url}${PATH}`);
  await expect.poll(() => highlighted(page)).toEqual(['Wang Yi', 'United Nations']);
  await hover(page, await mentionPoint(page, 'United Nations'));
  await expectNoCard(page);
  await hover(page, await mentionPoint(page, 'Wang Yi'));
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Wang Yi');
});
